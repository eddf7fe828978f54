# syntax=docker/dockerfile:1
# The reference backend as a container image (docs/operators.md, "Docker"):
#   docker build -t charity-backend .
#   docker run -p 3000:3000 --env-file .env -v charity-db:/data/db -v charity-media:/data/media charity-backend
# test/docker-runtime.test.ts runs this file's production install and starts the bundle on it.

ARG NODE_IMAGE=node:24-bookworm-slim

# Build: every dependency (esbuild, Next's compiler), then the server bundle and the admin.
FROM ${NODE_IMAGE} AS build
# A failing step of a pipe fails the build.
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY . .
RUN npm ci --no-audit --no-fund
# The bundle lands in backend/build/server, the admin in backend/.next. Next's cache is not needed to
# serve, and packages npm nested under backend/ are the full install's: the runtime installs its own.
RUN npm run build && rm -rf backend/.next/cache backend/node_modules
# What a production install reads: the lockfile and the manifests of the root and of every workspace.
RUN mkdir -p /manifests \
 && cp package.json package-lock.json /manifests/ \
 && npm query .workspace | node -e "const fs = require('node:fs'); for (const { location } of JSON.parse(fs.readFileSync(0, 'utf8'))) { fs.mkdirSync('/manifests/' + location, { recursive: true }); fs.copyFileSync(location + '/package.json', '/manifests/' + location + '/package.json') }"

# Runtime: the backend workspace's runtime dependencies only, and what the build made.
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    DATABASE_URI=file:/data/db/charity.db \
    MEDIA_DIR=/data/media
COPY --from=build /manifests/ ./
RUN npm ci --omit=dev --workspace charity-backend --no-audit --no-fund && npm cache clean --force
# The sources the command line tools run through tsx (docker exec … npm run seed, reconcile, worker, …).
COPY --from=build /app/tsconfig.json /app/payload.config.ts ./
COPY --from=build /app/src src
COPY --from=build /app/collections collections
COPY --from=build /app/globals globals
COPY --from=build /app/seed seed
# The backend's sources, with the bundle (backend/build/server) and the admin (backend/.next).
COPY --from=build /app/backend backend
RUN mkdir -p /data/db /data/media && chown -R node:node /data
USER node
# The SQLite file (with its WAL and the seed's lock beside it) and the uploads; unused by a server database.
VOLUME ["/data/db", "/data/media"]
EXPOSE 3000
# 503 "starting" until the server can serve content, then 200 (docs/reliability.md).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--conditions=production", "backend/build/server/main.js"]
