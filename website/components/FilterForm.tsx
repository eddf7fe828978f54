import type { Option } from '../lib/api/filters'

/** A GET form of select boxes: the list page reads the choices from its address (works without JavaScript). */
export const FilterForm = ({
  action,
  submitLabel,
  selects,
}: {
  action: string
  submitLabel: string
  selects: { name: string; label: string; anyLabel: string; options: Option[]; value?: string }[]
}) => (
  <form className="filters" action={action} method="get">
    {selects.map((select) => (
      <p key={select.name}>
        <label htmlFor={`filter-${select.name}`}>{select.label}</label>
        <select id={`filter-${select.name}`} name={select.name} defaultValue={select.value ?? ''}>
          <option value="">{select.anyLabel}</option>
          {select.options.map((option) => (
            <option key={option.slug} value={option.slug}>
              {option.label}
            </option>
          ))}
        </select>
      </p>
    ))}
    <p>
      <button type="submit">{submitLabel}</button>
    </p>
  </form>
)
