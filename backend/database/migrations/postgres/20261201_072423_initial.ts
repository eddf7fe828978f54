import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { adoptPushedSchema } from '../adopt.ts'
import snapshot from './20261201_072423_initial.json' with { type: 'json' }

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Added by hand, in this first migration only: a database that releases before migrations
  // pushed already has these tables, and is checked and recorded instead of created again.
  if (await adoptPushedSchema({ db, payload, snapshot })) return
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('en', 'cy');
  CREATE TYPE "public"."enum_posts_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__posts_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__posts_v_published_locale" AS ENUM('en', 'cy');
  CREATE TYPE "public"."enum_events_event_type" AS ENUM('workshop', 'training', 'webinar', 'conference', 'fundraiser', 'meeting', 'other');
  CREATE TYPE "public"."enum_events_attendance_mode" AS ENUM('in-person', 'online', 'hybrid');
  CREATE TYPE "public"."enum_events_event_status" AS ENUM('scheduled', 'cancelled', 'postponed', 'rescheduled', 'moved-online');
  CREATE TYPE "public"."enum_events_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_version_event_type" AS ENUM('workshop', 'training', 'webinar', 'conference', 'fundraiser', 'meeting', 'other');
  CREATE TYPE "public"."enum__events_v_version_attendance_mode" AS ENUM('in-person', 'online', 'hybrid');
  CREATE TYPE "public"."enum__events_v_version_event_status" AS ENUM('scheduled', 'cancelled', 'postponed', 'rescheduled', 'moved-online');
  CREATE TYPE "public"."enum__events_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_published_locale" AS ENUM('en', 'cy');
  CREATE TYPE "public"."enum_groups_region" AS ENUM('north-east', 'north-west', 'yorkshire-and-the-humber', 'east-midlands', 'west-midlands', 'east-of-england', 'london', 'south-east', 'south-west', 'wales', 'scotland', 'northern-ireland', 'online');
  CREATE TYPE "public"."enum_groups_group_status" AS ENUM('forming', 'active', 'paused');
  CREATE TYPE "public"."enum_groups_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__groups_v_version_region" AS ENUM('north-east', 'north-west', 'yorkshire-and-the-humber', 'east-midlands', 'west-midlands', 'east-of-england', 'london', 'south-east', 'south-west', 'wales', 'scotland', 'northern-ireland', 'online');
  CREATE TYPE "public"."enum__groups_v_version_group_status" AS ENUM('forming', 'active', 'paused');
  CREATE TYPE "public"."enum__groups_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__groups_v_published_locale" AS ENUM('en', 'cy');
  CREATE TYPE "public"."enum_campaigns_campaign_status" AS ENUM('planned', 'active', 'paused', 'completed', 'archived');
  CREATE TYPE "public"."enum_campaigns_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__campaigns_v_version_campaign_status" AS ENUM('planned', 'active', 'paused', 'completed', 'archived');
  CREATE TYPE "public"."enum__campaigns_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__campaigns_v_published_locale" AS ENUM('en', 'cy');
  CREATE TYPE "public"."enum_donation_appeals_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__donation_appeals_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__donation_appeals_v_published_locale" AS ENUM('en', 'cy');
  CREATE TYPE "public"."enum_donations_type" AS ENUM('donation', 'refund');
  CREATE TYPE "public"."enum_donations_source" AS ENUM('manual', 'webhook', 'import');
  CREATE TYPE "public"."enum_gift_aid_declarations_scope" AS ENUM('this-donation', 'past-four-years-and-future', 'future');
  CREATE TYPE "public"."enum_gift_aid_declarations_method" AS ENUM('online', 'written', 'oral');
  CREATE TYPE "public"."enum_webhook_endpoints_events" AS ENUM('posts.published', 'posts.unpublished', 'posts.updated', 'posts.deleted', 'events.published', 'events.unpublished', 'events.updated', 'events.deleted', 'campaigns.published', 'campaigns.unpublished', 'campaigns.updated', 'campaigns.deleted', 'donation-appeals.published', 'donation-appeals.unpublished', 'donation-appeals.updated', 'donation-appeals.deleted', 'groups.published', 'groups.unpublished', 'groups.updated', 'groups.deleted', 'donation-appeals.totals-changed', 'site-settings.updated', 'navigation.updated');
  CREATE TYPE "public"."enum_webhook_deliveries_status" AS ENUM('pending', 'sending', 'retrying', 'succeeded', 'failed', 'cancelled');
  CREATE TYPE "public"."enum_training_requests_request_status" AS ENUM('new', 'contacted', 'scheduled', 'completed', 'declined');
  CREATE TYPE "public"."enum_training_requests_region" AS ENUM('north-east', 'north-west', 'yorkshire-and-the-humber', 'east-midlands', 'west-midlands', 'east-of-england', 'london', 'south-east', 'south-west', 'wales', 'scotland', 'northern-ireland', 'online');
  CREATE TYPE "public"."enum_privacy_audit_log_action" AS ENUM('export', 'erase');
  CREATE TYPE "public"."enum_privacy_audit_log_via" AS ENUM('api', 'cli');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'author', 'coordinator');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'eraseClosedTrainingRequests', 'eraseExpiredGiftAidDeclarations', 'charityWebhookDeliver', 'charityWebhookSweep', 'charityWebhookPrune', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'eraseClosedTrainingRequests', 'eraseExpiredGiftAidDeclarations', 'charityWebhookDeliver', 'charityWebhookSweep', 'charityWebhookPrune', 'schedulePublish');
  CREATE TYPE "public"."enum_site_settings_charity_registrations_jurisdiction" AS ENUM('england-wales', 'scotland', 'northern-ireland', 'other');
  CREATE TYPE "public"."enum_site_settings_social_links_platform" AS ENUM('x', 'bluesky', 'mastodon', 'facebook', 'instagram', 'linkedin', 'youtube', 'tiktok', 'other');
  CREATE TYPE "public"."enum_navigation_header_link_type" AS ENUM('reference', 'custom');
  CREATE TYPE "public"."enum_navigation_footer_link_type" AS ENUM('reference', 'custom');
  CREATE TABLE "posts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"hero_image_id" integer,
  	"meta_image_id" integer,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"populated_authors" jsonb,
  	"group_id" integer,
  	"campaign_id" integer,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_posts_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "posts_locales" (
  	"title" varchar,
  	"excerpt" varchar,
  	"content" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"reading_time_minutes" numeric,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "posts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"events_id" integer,
  	"users_id" integer,
  	"categories_id" integer
  );
  
  CREATE TABLE "_posts_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_hero_image_id" integer,
  	"version_meta_image_id" integer,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_populated_authors" jsonb,
  	"version_group_id" integer,
  	"version_campaign_id" integer,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__posts_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__posts_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_posts_v_locales" (
  	"version_title" varchar,
  	"version_excerpt" varchar,
  	"version_content" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_reading_time_minutes" numeric,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_posts_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"events_id" integer,
  	"users_id" integer,
  	"categories_id" integer
  );
  
  CREATE TABLE "events_speakers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"organisation" varchar,
  	"photo_id" integer
  );
  
  CREATE TABLE "events_speakers_locales" (
  	"role" varchar,
  	"bio" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "events_agenda" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"starts_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "events_agenda_locales" (
  	"title" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"hero_image_id" integer,
  	"event_type" "enum_events_event_type" DEFAULT 'workshop',
  	"attendance_mode" "enum_events_attendance_mode" DEFAULT 'in-person',
  	"event_status" "enum_events_event_status" DEFAULT 'scheduled',
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"timezone" varchar DEFAULT 'Europe/London',
  	"all_day" boolean DEFAULT false,
  	"previous_starts_at" timestamp(3) with time zone,
  	"venue_name" varchar,
  	"venue_street" varchar,
  	"venue_city" varchar,
  	"venue_region" varchar,
  	"venue_postcode" varchar,
  	"venue_country" varchar DEFAULT 'GB',
  	"location_latitude" numeric,
  	"location_longitude" numeric,
  	"online_url" varchar,
  	"registration_url" varchar,
  	"registration_capacity" numeric,
  	"registration_closes_at" timestamp(3) with time zone,
  	"registration_is_free" boolean DEFAULT true,
  	"registration_price" numeric,
  	"meta_image_id" integer,
  	"slug" varchar,
  	"group_id" integer,
  	"campaign_id" integer,
  	"sequence" numeric,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_events_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "events_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"description" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_events_v_version_speakers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"organisation" varchar,
  	"photo_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_events_v_version_speakers_locales" (
  	"role" varchar,
  	"bio" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_events_v_version_agenda" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"starts_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_events_v_version_agenda_locales" (
  	"title" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_events_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_hero_image_id" integer,
  	"version_event_type" "enum__events_v_version_event_type" DEFAULT 'workshop',
  	"version_attendance_mode" "enum__events_v_version_attendance_mode" DEFAULT 'in-person',
  	"version_event_status" "enum__events_v_version_event_status" DEFAULT 'scheduled',
  	"version_starts_at" timestamp(3) with time zone,
  	"version_ends_at" timestamp(3) with time zone,
  	"version_timezone" varchar DEFAULT 'Europe/London',
  	"version_all_day" boolean DEFAULT false,
  	"version_previous_starts_at" timestamp(3) with time zone,
  	"version_venue_name" varchar,
  	"version_venue_street" varchar,
  	"version_venue_city" varchar,
  	"version_venue_region" varchar,
  	"version_venue_postcode" varchar,
  	"version_venue_country" varchar DEFAULT 'GB',
  	"version_location_latitude" numeric,
  	"version_location_longitude" numeric,
  	"version_online_url" varchar,
  	"version_registration_url" varchar,
  	"version_registration_capacity" numeric,
  	"version_registration_closes_at" timestamp(3) with time zone,
  	"version_registration_is_free" boolean DEFAULT true,
  	"version_registration_price" numeric,
  	"version_meta_image_id" integer,
  	"version_slug" varchar,
  	"version_group_id" integer,
  	"version_campaign_id" integer,
  	"version_sequence" numeric,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__events_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__events_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_events_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "groups" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"hero_image_id" integer,
  	"region" "enum_groups_region",
  	"town" varchar,
  	"group_status" "enum_groups_group_status" DEFAULT 'forming',
  	"location_latitude" numeric,
  	"location_longitude" numeric,
  	"contact_email" varchar,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_groups_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "groups_locales" (
  	"name" varchar,
  	"summary" varchar,
  	"description" jsonb,
  	"meets" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_groups_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_hero_image_id" integer,
  	"version_region" "enum__groups_v_version_region",
  	"version_town" varchar,
  	"version_group_status" "enum__groups_v_version_group_status" DEFAULT 'forming',
  	"version_location_latitude" numeric,
  	"version_location_longitude" numeric,
  	"version_contact_email" varchar,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__groups_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__groups_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_groups_v_locales" (
  	"version_name" varchar,
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"version_meets" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "campaigns_stats" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" varchar,
  	"source" varchar,
  	"source_url" varchar
  );
  
  CREATE TABLE "campaigns_stats_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "campaigns_partners" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"url" varchar,
  	"logo_id" integer
  );
  
  CREATE TABLE "campaigns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"hero_image_id" integer,
  	"campaign_status" "enum_campaigns_campaign_status" DEFAULT 'planned',
  	"start_date" timestamp(3) with time zone,
  	"end_date" timestamp(3) with time zone,
  	"call_to_action_url" varchar,
  	"meta_image_id" integer,
  	"slug" varchar,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_campaigns_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "campaigns_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"description" jsonb,
  	"call_to_action_label" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "campaigns_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "campaigns_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"groups_id" integer
  );
  
  CREATE TABLE "_campaigns_v_version_stats" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" varchar,
  	"source" varchar,
  	"source_url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_campaigns_v_version_stats_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_campaigns_v_version_partners" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"url" varchar,
  	"logo_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_campaigns_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_hero_image_id" integer,
  	"version_campaign_status" "enum__campaigns_v_version_campaign_status" DEFAULT 'planned',
  	"version_start_date" timestamp(3) with time zone,
  	"version_end_date" timestamp(3) with time zone,
  	"version_call_to_action_url" varchar,
  	"version_meta_image_id" integer,
  	"version_slug" varchar,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__campaigns_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__campaigns_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_campaigns_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"version_call_to_action_label" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_campaigns_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_campaigns_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"groups_id" integer
  );
  
  CREATE TABLE "categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "categories_locales" (
  	"title" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"credit" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_social_url" varchar,
  	"sizes_social_width" numeric,
  	"sizes_social_height" numeric,
  	"sizes_social_mime_type" varchar,
  	"sizes_social_filesize" numeric,
  	"sizes_social_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "donation_appeals_suggested_amounts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"amount" numeric
  );
  
  CREATE TABLE "donation_appeals_suggested_amounts_locales" (
  	"impact" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "donation_appeals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"hero_image_id" integer,
  	"currency" varchar DEFAULT 'GBP',
  	"target_amount" numeric,
  	"raised_amount" numeric DEFAULT 0,
  	"donation_count" numeric DEFAULT 0,
  	"progress_percent" numeric DEFAULT 0,
  	"donate_url" varchar,
  	"opens_at" timestamp(3) with time zone,
  	"closes_at" timestamp(3) with time zone,
  	"gift_aid_eligible" boolean DEFAULT true,
  	"meta_image_id" integer,
  	"slug" varchar,
  	"campaign_id" integer,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_donation_appeals_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "donation_appeals_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"story" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_donation_appeals_v_version_suggested_amounts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"amount" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_donation_appeals_v_version_suggested_amounts_locales" (
  	"impact" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_donation_appeals_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_hero_image_id" integer,
  	"version_currency" varchar DEFAULT 'GBP',
  	"version_target_amount" numeric,
  	"version_raised_amount" numeric DEFAULT 0,
  	"version_donation_count" numeric DEFAULT 0,
  	"version_progress_percent" numeric DEFAULT 0,
  	"version_donate_url" varchar,
  	"version_opens_at" timestamp(3) with time zone,
  	"version_closes_at" timestamp(3) with time zone,
  	"version_gift_aid_eligible" boolean DEFAULT true,
  	"version_meta_image_id" integer,
  	"version_slug" varchar,
  	"version_campaign_id" integer,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__donation_appeals_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__donation_appeals_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_donation_appeals_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_story" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "donations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"type" "enum_donations_type" DEFAULT 'donation',
  	"refund_of_id" integer,
  	"appeal_id" integer NOT NULL,
  	"amount" numeric NOT NULL,
  	"currency" varchar NOT NULL,
  	"source" "enum_donations_source" DEFAULT 'manual' NOT NULL,
  	"received_at" timestamp(3) with time zone,
  	"external_id" varchar,
  	"gift_aid" boolean DEFAULT false,
  	"anonymous" boolean DEFAULT false,
  	"donor_name" varchar,
  	"donor_email" varchar,
  	"donor_consent_to_contact" boolean DEFAULT false,
  	"consent_wording_version" varchar,
  	"gift_aid_declaration_id" integer,
  	"gift_aid_claimed_at" timestamp(3) with time zone,
  	"gift_aid_claim_batch" varchar,
  	"notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "gift_aid_declarations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"first_name" varchar NOT NULL,
  	"last_name" varchar NOT NULL,
  	"house" varchar NOT NULL,
  	"postcode" varchar,
  	"country" varchar DEFAULT 'GB' NOT NULL,
  	"scope" "enum_gift_aid_declarations_scope" NOT NULL,
  	"method" "enum_gift_aid_declarations_method" DEFAULT 'online' NOT NULL,
  	"declared_at" timestamp(3) with time zone NOT NULL,
  	"written_confirmation_sent_at" timestamp(3) with time zone,
  	"wording_version" varchar NOT NULL,
  	"wording" varchar,
  	"donor_email" varchar,
  	"cancelled_at" timestamp(3) with time zone,
  	"cancellation_reason" varchar,
  	"supersedes_id" integer,
  	"last_claimed_at" timestamp(3) with time zone,
  	"erased_at" timestamp(3) with time zone,
  	"person_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "webhook_endpoints_events" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_webhook_endpoints_events",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "webhook_endpoints" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL,
  	"description" varchar,
  	"active" boolean DEFAULT true,
  	"secret" varchar,
  	"previous_secret" varchar,
  	"previous_secret_expires_at" timestamp(3) with time zone,
  	"last_success_at" timestamp(3) with time zone,
  	"failing_since" timestamp(3) with time zone,
  	"deactivated_at" timestamp(3) with time zone,
  	"deactivation_reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "webhook_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"endpoint_id" integer,
  	"event" varchar NOT NULL,
  	"subject" varchar NOT NULL,
  	"message_id" varchar NOT NULL,
  	"status" "enum_webhook_deliveries_status" DEFAULT 'pending' NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"scheduled_for" timestamp(3) with time zone,
  	"next_attempt_at" timestamp(3) with time zone,
  	"last_attempt_at" timestamp(3) with time zone,
  	"delivered_at" timestamp(3) with time zone,
  	"status_code" numeric,
  	"duration_ms" numeric,
  	"error" varchar,
  	"payload" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "training_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"request_status" "enum_training_requests_request_status" DEFAULT 'new' NOT NULL,
  	"assigned_to_id" integer,
  	"name" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"organisation" varchar,
  	"town" varchar NOT NULL,
  	"region" "enum_training_requests_region" NOT NULL,
  	"preferred_dates" varchar,
  	"expected_attendees" numeric NOT NULL,
  	"message" varchar,
  	"consent" boolean DEFAULT false NOT NULL,
  	"notes" varchar,
  	"consent_version" varchar,
  	"consented_at" timestamp(3) with time zone,
  	"closed_at" timestamp(3) with time zone,
  	"erased_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "privacy_audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_privacy_audit_log_action" NOT NULL,
  	"via" "enum_privacy_audit_log_via" NOT NULL,
  	"actor" varchar,
  	"subject_hash" varchar NOT NULL,
  	"found" jsonb,
  	"erased" jsonb,
  	"kept" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'author' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"groups_id" integer
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"posts_id" integer,
  	"events_id" integer,
  	"groups_id" integer,
  	"campaigns_id" integer,
  	"categories_id" integer,
  	"media_id" integer,
  	"donation_appeals_id" integer,
  	"webhook_endpoints_id" integer,
  	"training_requests_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings_charity_registrations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"jurisdiction" "enum_site_settings_charity_registrations_jurisdiction" NOT NULL,
  	"number" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings_social_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"platform" "enum_site_settings_social_links_platform" NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"organisation_name" varchar DEFAULT 'Our charity' NOT NULL,
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"contact_address" varchar,
  	"default_seo_image_id" integer,
  	"donate_call_to_action_url" varchar,
  	"donate_call_to_action_appeal_id" integer,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "site_settings_locales" (
  	"tagline" varchar,
  	"default_seo_title" varchar,
  	"default_seo_description" varchar,
  	"donate_call_to_action_label" varchar DEFAULT 'Donate',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "navigation_header" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"link_type" "enum_navigation_header_link_type" DEFAULT 'custom',
  	"link_url" varchar,
  	"link_new_tab" boolean DEFAULT false
  );
  
  CREATE TABLE "navigation_header_locales" (
  	"link_label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "navigation_footer" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"link_type" "enum_navigation_footer_link_type" DEFAULT 'custom',
  	"link_url" varchar,
  	"link_new_tab" boolean DEFAULT false
  );
  
  CREATE TABLE "navigation_footer_locales" (
  	"link_label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "navigation" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "navigation_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"posts_id" integer,
  	"events_id" integer,
  	"campaigns_id" integer,
  	"donation_appeals_id" integer,
  	"groups_id" integer
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "posts" ADD CONSTRAINT "posts_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts" ADD CONSTRAINT "posts_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts" ADD CONSTRAINT "posts_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts" ADD CONSTRAINT "posts_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts" ADD CONSTRAINT "posts_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts_locales" ADD CONSTRAINT "posts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posts_rels" ADD CONSTRAINT "posts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posts_rels" ADD CONSTRAINT "posts_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posts_rels" ADD CONSTRAINT "posts_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posts_rels" ADD CONSTRAINT "posts_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_parent_id_posts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_version_group_id_groups_id_fk" FOREIGN KEY ("version_group_id") REFERENCES "public"."groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_version_campaign_id_campaigns_id_fk" FOREIGN KEY ("version_campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v_locales" ADD CONSTRAINT "_posts_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_posts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v_rels" ADD CONSTRAINT "_posts_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_posts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v_rels" ADD CONSTRAINT "_posts_v_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v_rels" ADD CONSTRAINT "_posts_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v_rels" ADD CONSTRAINT "_posts_v_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_speakers" ADD CONSTRAINT "events_speakers_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_speakers" ADD CONSTRAINT "events_speakers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_speakers_locales" ADD CONSTRAINT "events_speakers_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events_speakers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_agenda" ADD CONSTRAINT "events_agenda_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_agenda_locales" ADD CONSTRAINT "events_agenda_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events_agenda"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_locales" ADD CONSTRAINT "events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_speakers" ADD CONSTRAINT "_events_v_version_speakers_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_version_speakers" ADD CONSTRAINT "_events_v_version_speakers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_speakers_locales" ADD CONSTRAINT "_events_v_version_speakers_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v_version_speakers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_agenda" ADD CONSTRAINT "_events_v_version_agenda_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_agenda_locales" ADD CONSTRAINT "_events_v_version_agenda_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v_version_agenda"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_parent_id_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_group_id_groups_id_fk" FOREIGN KEY ("version_group_id") REFERENCES "public"."groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_campaign_id_campaigns_id_fk" FOREIGN KEY ("version_campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_locales" ADD CONSTRAINT "_events_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "groups" ADD CONSTRAINT "groups_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "groups_locales" ADD CONSTRAINT "groups_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_groups_v" ADD CONSTRAINT "_groups_v_parent_id_groups_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_groups_v" ADD CONSTRAINT "_groups_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_groups_v_locales" ADD CONSTRAINT "_groups_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_groups_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_stats" ADD CONSTRAINT "campaigns_stats_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_stats_locales" ADD CONSTRAINT "campaigns_stats_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns_stats"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_partners" ADD CONSTRAINT "campaigns_partners_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_partners" ADD CONSTRAINT "campaigns_partners_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_locales" ADD CONSTRAINT "campaigns_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_texts" ADD CONSTRAINT "campaigns_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_groups_fk" FOREIGN KEY ("groups_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_version_stats" ADD CONSTRAINT "_campaigns_v_version_stats_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_version_stats_locales" ADD CONSTRAINT "_campaigns_v_version_stats_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v_version_stats"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_version_partners" ADD CONSTRAINT "_campaigns_v_version_partners_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v_version_partners" ADD CONSTRAINT "_campaigns_v_version_partners_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_parent_id_campaigns_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v_locales" ADD CONSTRAINT "_campaigns_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_texts" ADD CONSTRAINT "_campaigns_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_rels" ADD CONSTRAINT "_campaigns_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_rels" ADD CONSTRAINT "_campaigns_v_rels_groups_fk" FOREIGN KEY ("groups_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "categories_locales" ADD CONSTRAINT "categories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "donation_appeals_suggested_amounts" ADD CONSTRAINT "donation_appeals_suggested_amounts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."donation_appeals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "donation_appeals_suggested_amounts_locales" ADD CONSTRAINT "donation_appeals_suggested_amounts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."donation_appeals_suggested_amounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "donation_appeals" ADD CONSTRAINT "donation_appeals_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "donation_appeals" ADD CONSTRAINT "donation_appeals_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "donation_appeals" ADD CONSTRAINT "donation_appeals_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "donation_appeals" ADD CONSTRAINT "donation_appeals_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "donation_appeals_locales" ADD CONSTRAINT "donation_appeals_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."donation_appeals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_donation_appeals_v_version_suggested_amounts" ADD CONSTRAINT "_donation_appeals_v_version_suggested_amounts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_donation_appeals_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_donation_appeals_v_version_suggested_amounts_locales" ADD CONSTRAINT "_donation_appeals_v_version_suggested_amounts_locales_par_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_donation_appeals_v_version_suggested_amounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_donation_appeals_v" ADD CONSTRAINT "_donation_appeals_v_parent_id_donation_appeals_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."donation_appeals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_donation_appeals_v" ADD CONSTRAINT "_donation_appeals_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_donation_appeals_v" ADD CONSTRAINT "_donation_appeals_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_donation_appeals_v" ADD CONSTRAINT "_donation_appeals_v_version_campaign_id_campaigns_id_fk" FOREIGN KEY ("version_campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_donation_appeals_v" ADD CONSTRAINT "_donation_appeals_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_donation_appeals_v_locales" ADD CONSTRAINT "_donation_appeals_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_donation_appeals_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "donations" ADD CONSTRAINT "donations_refund_of_id_donations_id_fk" FOREIGN KEY ("refund_of_id") REFERENCES "public"."donations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "donations" ADD CONSTRAINT "donations_appeal_id_donation_appeals_id_fk" FOREIGN KEY ("appeal_id") REFERENCES "public"."donation_appeals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "donations" ADD CONSTRAINT "donations_gift_aid_declaration_id_gift_aid_declarations_id_fk" FOREIGN KEY ("gift_aid_declaration_id") REFERENCES "public"."gift_aid_declarations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "gift_aid_declarations" ADD CONSTRAINT "gift_aid_declarations_supersedes_id_gift_aid_declarations_id_fk" FOREIGN KEY ("supersedes_id") REFERENCES "public"."gift_aid_declarations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webhook_endpoints_events" ADD CONSTRAINT "webhook_endpoints_events_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."webhook_endpoints"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_endpoint_id_webhook_endpoints_id_fk" FOREIGN KEY ("endpoint_id") REFERENCES "public"."webhook_endpoints"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "training_requests" ADD CONSTRAINT "training_requests_assigned_to_id_users_id_fk" FOREIGN KEY ("assigned_to_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_groups_fk" FOREIGN KEY ("groups_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_posts_fk" FOREIGN KEY ("posts_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_groups_fk" FOREIGN KEY ("groups_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_donation_appeals_fk" FOREIGN KEY ("donation_appeals_id") REFERENCES "public"."donation_appeals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_endpoints_fk" FOREIGN KEY ("webhook_endpoints_id") REFERENCES "public"."webhook_endpoints"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_training_requests_fk" FOREIGN KEY ("training_requests_id") REFERENCES "public"."training_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_charity_registrations" ADD CONSTRAINT "site_settings_charity_registrations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_social_links" ADD CONSTRAINT "site_settings_social_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_default_seo_image_id_media_id_fk" FOREIGN KEY ("default_seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_donate_call_to_action_appeal_id_donation_appeals_id_fk" FOREIGN KEY ("donate_call_to_action_appeal_id") REFERENCES "public"."donation_appeals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings_locales" ADD CONSTRAINT "site_settings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "navigation_header" ADD CONSTRAINT "navigation_header_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."navigation"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "navigation_header_locales" ADD CONSTRAINT "navigation_header_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."navigation_header"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "navigation_footer" ADD CONSTRAINT "navigation_footer_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."navigation"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "navigation_footer_locales" ADD CONSTRAINT "navigation_footer_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."navigation_footer"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "navigation_rels" ADD CONSTRAINT "navigation_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."navigation"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "navigation_rels" ADD CONSTRAINT "navigation_rels_posts_fk" FOREIGN KEY ("posts_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "navigation_rels" ADD CONSTRAINT "navigation_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "navigation_rels" ADD CONSTRAINT "navigation_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "navigation_rels" ADD CONSTRAINT "navigation_rels_donation_appeals_fk" FOREIGN KEY ("donation_appeals_id") REFERENCES "public"."donation_appeals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "navigation_rels" ADD CONSTRAINT "navigation_rels_groups_fk" FOREIGN KEY ("groups_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "posts_hero_image_idx" ON "posts" USING btree ("hero_image_id");
  CREATE INDEX "posts_meta_meta_image_idx" ON "posts" USING btree ("meta_image_id");
  CREATE UNIQUE INDEX "posts_slug_idx" ON "posts" USING btree ("slug");
  CREATE INDEX "posts_published_at_idx" ON "posts" USING btree ("published_at");
  CREATE INDEX "posts_group_idx" ON "posts" USING btree ("group_id");
  CREATE INDEX "posts_campaign_idx" ON "posts" USING btree ("campaign_id");
  CREATE INDEX "posts_created_by_idx" ON "posts" USING btree ("created_by_id");
  CREATE INDEX "posts_updated_at_idx" ON "posts" USING btree ("updated_at");
  CREATE INDEX "posts_created_at_idx" ON "posts" USING btree ("created_at");
  CREATE INDEX "posts__status_idx" ON "posts" USING btree ("_status");
  CREATE INDEX "_status_publishedAt_createdAt_idx" ON "posts" USING btree ("_status","published_at","created_at");
  CREATE INDEX "_status_createdAt_idx" ON "posts" USING btree ("_status","created_at");
  CREATE UNIQUE INDEX "posts_locales_locale_parent_id_unique" ON "posts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "posts_locales__parent_id_idx" ON "posts_locales" USING btree ("_parent_id");
  CREATE INDEX "posts_rels_order_idx" ON "posts_rels" USING btree ("order");
  CREATE INDEX "posts_rels_parent_idx" ON "posts_rels" USING btree ("parent_id");
  CREATE INDEX "posts_rels_path_idx" ON "posts_rels" USING btree ("path");
  CREATE INDEX "posts_rels_events_id_idx" ON "posts_rels" USING btree ("events_id");
  CREATE INDEX "posts_rels_users_id_idx" ON "posts_rels" USING btree ("users_id");
  CREATE INDEX "posts_rels_categories_id_idx" ON "posts_rels" USING btree ("categories_id");
  CREATE INDEX "_posts_v_parent_idx" ON "_posts_v" USING btree ("parent_id");
  CREATE INDEX "_posts_v_version_version_hero_image_idx" ON "_posts_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_posts_v_version_meta_version_meta_image_idx" ON "_posts_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_posts_v_version_version_slug_idx" ON "_posts_v" USING btree ("version_slug");
  CREATE INDEX "_posts_v_version_version_published_at_idx" ON "_posts_v" USING btree ("version_published_at");
  CREATE INDEX "_posts_v_version_version_group_idx" ON "_posts_v" USING btree ("version_group_id");
  CREATE INDEX "_posts_v_version_version_campaign_idx" ON "_posts_v" USING btree ("version_campaign_id");
  CREATE INDEX "_posts_v_version_version_created_by_idx" ON "_posts_v" USING btree ("version_created_by_id");
  CREATE INDEX "_posts_v_version_version_updated_at_idx" ON "_posts_v" USING btree ("version_updated_at");
  CREATE INDEX "_posts_v_version_version_created_at_idx" ON "_posts_v" USING btree ("version_created_at");
  CREATE INDEX "_posts_v_version_version__status_idx" ON "_posts_v" USING btree ("version__status");
  CREATE INDEX "_posts_v_created_at_idx" ON "_posts_v" USING btree ("created_at");
  CREATE INDEX "_posts_v_updated_at_idx" ON "_posts_v" USING btree ("updated_at");
  CREATE INDEX "_posts_v_snapshot_idx" ON "_posts_v" USING btree ("snapshot");
  CREATE INDEX "_posts_v_published_locale_idx" ON "_posts_v" USING btree ("published_locale");
  CREATE INDEX "_posts_v_latest_idx" ON "_posts_v" USING btree ("latest");
  CREATE INDEX "_posts_v_autosave_idx" ON "_posts_v" USING btree ("autosave");
  CREATE INDEX "version__status_version_publishedAt_version_createdAt_idx" ON "_posts_v" USING btree ("version__status","version_published_at","version_created_at");
  CREATE INDEX "version__status_version_createdAt_idx" ON "_posts_v" USING btree ("version__status","version_created_at");
  CREATE INDEX "_posts_v_latest_version_created_at_created_at_idx" ON "_posts_v" USING btree ("latest","version_created_at","created_at");
  CREATE INDEX "_posts_v_latest_version_updated_at_created_at_idx" ON "_posts_v" USING btree ("latest","version_updated_at","created_at");
  CREATE INDEX "_posts_v_latest_version_published_at_created_at_idx" ON "_posts_v" USING btree ("latest","version_published_at","created_at");
  CREATE INDEX "_posts_v_parent_id_updated_at_idx" ON "_posts_v" USING btree ("parent_id","updated_at");
  CREATE UNIQUE INDEX "_posts_v_locales_locale_parent_id_unique" ON "_posts_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_posts_v_locales__parent_id_idx" ON "_posts_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_posts_v_rels_order_idx" ON "_posts_v_rels" USING btree ("order");
  CREATE INDEX "_posts_v_rels_parent_idx" ON "_posts_v_rels" USING btree ("parent_id");
  CREATE INDEX "_posts_v_rels_path_idx" ON "_posts_v_rels" USING btree ("path");
  CREATE INDEX "_posts_v_rels_events_id_idx" ON "_posts_v_rels" USING btree ("events_id");
  CREATE INDEX "_posts_v_rels_users_id_idx" ON "_posts_v_rels" USING btree ("users_id");
  CREATE INDEX "_posts_v_rels_categories_id_idx" ON "_posts_v_rels" USING btree ("categories_id");
  CREATE INDEX "events_speakers_order_idx" ON "events_speakers" USING btree ("_order");
  CREATE INDEX "events_speakers_parent_id_idx" ON "events_speakers" USING btree ("_parent_id");
  CREATE INDEX "events_speakers_photo_idx" ON "events_speakers" USING btree ("photo_id");
  CREATE UNIQUE INDEX "events_speakers_locales_locale_parent_id_unique" ON "events_speakers_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "events_speakers_locales__parent_id_idx" ON "events_speakers_locales" USING btree ("_parent_id");
  CREATE INDEX "events_agenda_order_idx" ON "events_agenda" USING btree ("_order");
  CREATE INDEX "events_agenda_parent_id_idx" ON "events_agenda" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "events_agenda_locales_locale_parent_id_unique" ON "events_agenda_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "events_agenda_locales__parent_id_idx" ON "events_agenda_locales" USING btree ("_parent_id");
  CREATE INDEX "events_hero_image_idx" ON "events" USING btree ("hero_image_id");
  CREATE INDEX "events_starts_at_idx" ON "events" USING btree ("starts_at");
  CREATE INDEX "events_meta_meta_image_idx" ON "events" USING btree ("meta_image_id");
  CREATE UNIQUE INDEX "events_slug_idx" ON "events" USING btree ("slug");
  CREATE INDEX "events_group_idx" ON "events" USING btree ("group_id");
  CREATE INDEX "events_campaign_idx" ON "events" USING btree ("campaign_id");
  CREATE INDEX "events_created_by_idx" ON "events" USING btree ("created_by_id");
  CREATE INDEX "events_updated_at_idx" ON "events" USING btree ("updated_at");
  CREATE INDEX "events_created_at_idx" ON "events" USING btree ("created_at");
  CREATE INDEX "events__status_idx" ON "events" USING btree ("_status");
  CREATE INDEX "_status_startsAt_createdAt_idx" ON "events" USING btree ("_status","starts_at","created_at");
  CREATE INDEX "_status_createdAt_1_idx" ON "events" USING btree ("_status","created_at");
  CREATE UNIQUE INDEX "events_locales_locale_parent_id_unique" ON "events_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "events_locales__parent_id_idx" ON "events_locales" USING btree ("_parent_id");
  CREATE INDEX "_events_v_version_speakers_order_idx" ON "_events_v_version_speakers" USING btree ("_order");
  CREATE INDEX "_events_v_version_speakers_parent_id_idx" ON "_events_v_version_speakers" USING btree ("_parent_id");
  CREATE INDEX "_events_v_version_speakers_photo_idx" ON "_events_v_version_speakers" USING btree ("photo_id");
  CREATE UNIQUE INDEX "_events_v_version_speakers_locales_locale_parent_id_unique" ON "_events_v_version_speakers_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_events_v_version_speakers_locales__parent_id_idx" ON "_events_v_version_speakers_locales" USING btree ("_parent_id");
  CREATE INDEX "_events_v_version_agenda_order_idx" ON "_events_v_version_agenda" USING btree ("_order");
  CREATE INDEX "_events_v_version_agenda_parent_id_idx" ON "_events_v_version_agenda" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_events_v_version_agenda_locales_locale_parent_id_unique" ON "_events_v_version_agenda_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_events_v_version_agenda_locales__parent_id_idx" ON "_events_v_version_agenda_locales" USING btree ("_parent_id");
  CREATE INDEX "_events_v_parent_idx" ON "_events_v" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_version_hero_image_idx" ON "_events_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_events_v_version_version_starts_at_idx" ON "_events_v" USING btree ("version_starts_at");
  CREATE INDEX "_events_v_version_meta_version_meta_image_idx" ON "_events_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_events_v_version_version_slug_idx" ON "_events_v" USING btree ("version_slug");
  CREATE INDEX "_events_v_version_version_group_idx" ON "_events_v" USING btree ("version_group_id");
  CREATE INDEX "_events_v_version_version_campaign_idx" ON "_events_v" USING btree ("version_campaign_id");
  CREATE INDEX "_events_v_version_version_created_by_idx" ON "_events_v" USING btree ("version_created_by_id");
  CREATE INDEX "_events_v_version_version_updated_at_idx" ON "_events_v" USING btree ("version_updated_at");
  CREATE INDEX "_events_v_version_version_created_at_idx" ON "_events_v" USING btree ("version_created_at");
  CREATE INDEX "_events_v_version_version__status_idx" ON "_events_v" USING btree ("version__status");
  CREATE INDEX "_events_v_created_at_idx" ON "_events_v" USING btree ("created_at");
  CREATE INDEX "_events_v_updated_at_idx" ON "_events_v" USING btree ("updated_at");
  CREATE INDEX "_events_v_snapshot_idx" ON "_events_v" USING btree ("snapshot");
  CREATE INDEX "_events_v_published_locale_idx" ON "_events_v" USING btree ("published_locale");
  CREATE INDEX "_events_v_latest_idx" ON "_events_v" USING btree ("latest");
  CREATE INDEX "_events_v_autosave_idx" ON "_events_v" USING btree ("autosave");
  CREATE INDEX "version__status_version_startsAt_version_createdAt_idx" ON "_events_v" USING btree ("version__status","version_starts_at","version_created_at");
  CREATE INDEX "version__status_version_createdAt_1_idx" ON "_events_v" USING btree ("version__status","version_created_at");
  CREATE INDEX "_events_v_latest_version_created_at_created_at_idx" ON "_events_v" USING btree ("latest","version_created_at","created_at");
  CREATE INDEX "_events_v_latest_version_updated_at_created_at_idx" ON "_events_v" USING btree ("latest","version_updated_at","created_at");
  CREATE INDEX "_events_v_latest_version_starts_at_created_at_idx" ON "_events_v" USING btree ("latest","version_starts_at","created_at");
  CREATE INDEX "_events_v_parent_id_updated_at_idx" ON "_events_v" USING btree ("parent_id","updated_at");
  CREATE UNIQUE INDEX "_events_v_locales_locale_parent_id_unique" ON "_events_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_events_v_locales__parent_id_idx" ON "_events_v_locales" USING btree ("_parent_id");
  CREATE INDEX "groups_hero_image_idx" ON "groups" USING btree ("hero_image_id");
  CREATE INDEX "groups_region_idx" ON "groups" USING btree ("region");
  CREATE INDEX "groups_group_status_idx" ON "groups" USING btree ("group_status");
  CREATE UNIQUE INDEX "groups_slug_idx" ON "groups" USING btree ("slug");
  CREATE INDEX "groups_updated_at_idx" ON "groups" USING btree ("updated_at");
  CREATE INDEX "groups_created_at_idx" ON "groups" USING btree ("created_at");
  CREATE INDEX "groups__status_idx" ON "groups" USING btree ("_status");
  CREATE INDEX "location_latitude_location_longitude_idx" ON "groups" USING btree ("location_latitude","location_longitude");
  CREATE INDEX "_status_createdAt_2_idx" ON "groups" USING btree ("_status","created_at");
  CREATE UNIQUE INDEX "groups_locales_locale_parent_id_unique" ON "groups_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "groups_locales__parent_id_idx" ON "groups_locales" USING btree ("_parent_id");
  CREATE INDEX "_groups_v_parent_idx" ON "_groups_v" USING btree ("parent_id");
  CREATE INDEX "_groups_v_version_version_hero_image_idx" ON "_groups_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_groups_v_version_version_region_idx" ON "_groups_v" USING btree ("version_region");
  CREATE INDEX "_groups_v_version_version_group_status_idx" ON "_groups_v" USING btree ("version_group_status");
  CREATE INDEX "_groups_v_version_version_slug_idx" ON "_groups_v" USING btree ("version_slug");
  CREATE INDEX "_groups_v_version_version_updated_at_idx" ON "_groups_v" USING btree ("version_updated_at");
  CREATE INDEX "_groups_v_version_version_created_at_idx" ON "_groups_v" USING btree ("version_created_at");
  CREATE INDEX "_groups_v_version_version__status_idx" ON "_groups_v" USING btree ("version__status");
  CREATE INDEX "_groups_v_created_at_idx" ON "_groups_v" USING btree ("created_at");
  CREATE INDEX "_groups_v_updated_at_idx" ON "_groups_v" USING btree ("updated_at");
  CREATE INDEX "_groups_v_snapshot_idx" ON "_groups_v" USING btree ("snapshot");
  CREATE INDEX "_groups_v_published_locale_idx" ON "_groups_v" USING btree ("published_locale");
  CREATE INDEX "_groups_v_latest_idx" ON "_groups_v" USING btree ("latest");
  CREATE INDEX "_groups_v_autosave_idx" ON "_groups_v" USING btree ("autosave");
  CREATE INDEX "version_location_latitude_version_location_longitude_idx" ON "_groups_v" USING btree ("version_location_latitude","version_location_longitude");
  CREATE INDEX "version__status_version_createdAt_2_idx" ON "_groups_v" USING btree ("version__status","version_created_at");
  CREATE INDEX "_groups_v_latest_version_created_at_created_at_idx" ON "_groups_v" USING btree ("latest","version_created_at","created_at");
  CREATE INDEX "_groups_v_latest_version_updated_at_created_at_idx" ON "_groups_v" USING btree ("latest","version_updated_at","created_at");
  CREATE INDEX "_groups_v_parent_id_updated_at_idx" ON "_groups_v" USING btree ("parent_id","updated_at");
  CREATE UNIQUE INDEX "_groups_v_locales_locale_parent_id_unique" ON "_groups_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_groups_v_locales__parent_id_idx" ON "_groups_v_locales" USING btree ("_parent_id");
  CREATE INDEX "campaigns_stats_order_idx" ON "campaigns_stats" USING btree ("_order");
  CREATE INDEX "campaigns_stats_parent_id_idx" ON "campaigns_stats" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "campaigns_stats_locales_locale_parent_id_unique" ON "campaigns_stats_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "campaigns_stats_locales__parent_id_idx" ON "campaigns_stats_locales" USING btree ("_parent_id");
  CREATE INDEX "campaigns_partners_order_idx" ON "campaigns_partners" USING btree ("_order");
  CREATE INDEX "campaigns_partners_parent_id_idx" ON "campaigns_partners" USING btree ("_parent_id");
  CREATE INDEX "campaigns_partners_logo_idx" ON "campaigns_partners" USING btree ("logo_id");
  CREATE INDEX "campaigns_hero_image_idx" ON "campaigns" USING btree ("hero_image_id");
  CREATE INDEX "campaigns_meta_meta_image_idx" ON "campaigns" USING btree ("meta_image_id");
  CREATE UNIQUE INDEX "campaigns_slug_idx" ON "campaigns" USING btree ("slug");
  CREATE INDEX "campaigns_created_by_idx" ON "campaigns" USING btree ("created_by_id");
  CREATE INDEX "campaigns_updated_at_idx" ON "campaigns" USING btree ("updated_at");
  CREATE INDEX "campaigns_created_at_idx" ON "campaigns" USING btree ("created_at");
  CREATE INDEX "campaigns__status_idx" ON "campaigns" USING btree ("_status");
  CREATE INDEX "_status_createdAt_3_idx" ON "campaigns" USING btree ("_status","created_at");
  CREATE UNIQUE INDEX "campaigns_locales_locale_parent_id_unique" ON "campaigns_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "campaigns_locales__parent_id_idx" ON "campaigns_locales" USING btree ("_parent_id");
  CREATE INDEX "campaigns_texts_order_parent" ON "campaigns_texts" USING btree ("order","parent_id");
  CREATE INDEX "campaigns_texts_parent_id_idx" ON "campaigns_texts" USING btree ("parent_id");
  CREATE INDEX "campaigns_rels_order_idx" ON "campaigns_rels" USING btree ("order");
  CREATE INDEX "campaigns_rels_parent_idx" ON "campaigns_rels" USING btree ("parent_id");
  CREATE INDEX "campaigns_rels_path_idx" ON "campaigns_rels" USING btree ("path");
  CREATE INDEX "campaigns_rels_groups_id_idx" ON "campaigns_rels" USING btree ("groups_id");
  CREATE INDEX "_campaigns_v_version_stats_order_idx" ON "_campaigns_v_version_stats" USING btree ("_order");
  CREATE INDEX "_campaigns_v_version_stats_parent_id_idx" ON "_campaigns_v_version_stats" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_campaigns_v_version_stats_locales_locale_parent_id_unique" ON "_campaigns_v_version_stats_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_campaigns_v_version_stats_locales__parent_id_idx" ON "_campaigns_v_version_stats_locales" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_version_partners_order_idx" ON "_campaigns_v_version_partners" USING btree ("_order");
  CREATE INDEX "_campaigns_v_version_partners_parent_id_idx" ON "_campaigns_v_version_partners" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_version_partners_logo_idx" ON "_campaigns_v_version_partners" USING btree ("logo_id");
  CREATE INDEX "_campaigns_v_parent_idx" ON "_campaigns_v" USING btree ("parent_id");
  CREATE INDEX "_campaigns_v_version_version_hero_image_idx" ON "_campaigns_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_campaigns_v_version_meta_version_meta_image_idx" ON "_campaigns_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_campaigns_v_version_version_slug_idx" ON "_campaigns_v" USING btree ("version_slug");
  CREATE INDEX "_campaigns_v_version_version_created_by_idx" ON "_campaigns_v" USING btree ("version_created_by_id");
  CREATE INDEX "_campaigns_v_version_version_updated_at_idx" ON "_campaigns_v" USING btree ("version_updated_at");
  CREATE INDEX "_campaigns_v_version_version_created_at_idx" ON "_campaigns_v" USING btree ("version_created_at");
  CREATE INDEX "_campaigns_v_version_version__status_idx" ON "_campaigns_v" USING btree ("version__status");
  CREATE INDEX "_campaigns_v_created_at_idx" ON "_campaigns_v" USING btree ("created_at");
  CREATE INDEX "_campaigns_v_updated_at_idx" ON "_campaigns_v" USING btree ("updated_at");
  CREATE INDEX "_campaigns_v_snapshot_idx" ON "_campaigns_v" USING btree ("snapshot");
  CREATE INDEX "_campaigns_v_published_locale_idx" ON "_campaigns_v" USING btree ("published_locale");
  CREATE INDEX "_campaigns_v_latest_idx" ON "_campaigns_v" USING btree ("latest");
  CREATE INDEX "_campaigns_v_autosave_idx" ON "_campaigns_v" USING btree ("autosave");
  CREATE INDEX "version__status_version_createdAt_3_idx" ON "_campaigns_v" USING btree ("version__status","version_created_at");
  CREATE INDEX "_campaigns_v_latest_version_created_at_created_at_idx" ON "_campaigns_v" USING btree ("latest","version_created_at","created_at");
  CREATE INDEX "_campaigns_v_latest_version_updated_at_created_at_idx" ON "_campaigns_v" USING btree ("latest","version_updated_at","created_at");
  CREATE INDEX "_campaigns_v_parent_id_updated_at_idx" ON "_campaigns_v" USING btree ("parent_id","updated_at");
  CREATE UNIQUE INDEX "_campaigns_v_locales_locale_parent_id_unique" ON "_campaigns_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_campaigns_v_locales__parent_id_idx" ON "_campaigns_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_texts_order_parent" ON "_campaigns_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_campaigns_v_texts_parent_id_idx" ON "_campaigns_v_texts" USING btree ("parent_id");
  CREATE INDEX "_campaigns_v_rels_order_idx" ON "_campaigns_v_rels" USING btree ("order");
  CREATE INDEX "_campaigns_v_rels_parent_idx" ON "_campaigns_v_rels" USING btree ("parent_id");
  CREATE INDEX "_campaigns_v_rels_path_idx" ON "_campaigns_v_rels" USING btree ("path");
  CREATE INDEX "_campaigns_v_rels_groups_id_idx" ON "_campaigns_v_rels" USING btree ("groups_id");
  CREATE UNIQUE INDEX "categories_slug_idx" ON "categories" USING btree ("slug");
  CREATE INDEX "categories_updated_at_idx" ON "categories" USING btree ("updated_at");
  CREATE INDEX "categories_created_at_idx" ON "categories" USING btree ("created_at");
  CREATE UNIQUE INDEX "categories_locales_locale_parent_id_unique" ON "categories_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "categories_locales__parent_id_idx" ON "categories_locales" USING btree ("_parent_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_social_sizes_social_filename_idx" ON "media" USING btree ("sizes_social_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_locales__parent_id_idx" ON "media_locales" USING btree ("_parent_id");
  CREATE INDEX "donation_appeals_suggested_amounts_order_idx" ON "donation_appeals_suggested_amounts" USING btree ("_order");
  CREATE INDEX "donation_appeals_suggested_amounts_parent_id_idx" ON "donation_appeals_suggested_amounts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "donation_appeals_suggested_amounts_locales_locale_parent_id_" ON "donation_appeals_suggested_amounts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "donation_appeals_suggested_amounts_locales__parent_id_idx" ON "donation_appeals_suggested_amounts_locales" USING btree ("_parent_id");
  CREATE INDEX "donation_appeals_hero_image_idx" ON "donation_appeals" USING btree ("hero_image_id");
  CREATE INDEX "donation_appeals_progress_percent_idx" ON "donation_appeals" USING btree ("progress_percent");
  CREATE INDEX "donation_appeals_meta_meta_image_idx" ON "donation_appeals" USING btree ("meta_image_id");
  CREATE UNIQUE INDEX "donation_appeals_slug_idx" ON "donation_appeals" USING btree ("slug");
  CREATE INDEX "donation_appeals_campaign_idx" ON "donation_appeals" USING btree ("campaign_id");
  CREATE INDEX "donation_appeals_created_by_idx" ON "donation_appeals" USING btree ("created_by_id");
  CREATE INDEX "donation_appeals_updated_at_idx" ON "donation_appeals" USING btree ("updated_at");
  CREATE INDEX "donation_appeals_created_at_idx" ON "donation_appeals" USING btree ("created_at");
  CREATE INDEX "donation_appeals__status_idx" ON "donation_appeals" USING btree ("_status");
  CREATE INDEX "_status_createdAt_4_idx" ON "donation_appeals" USING btree ("_status","created_at");
  CREATE INDEX "_status_closesAt_createdAt_idx" ON "donation_appeals" USING btree ("_status","closes_at","created_at");
  CREATE INDEX "_status_progressPercent_createdAt_idx" ON "donation_appeals" USING btree ("_status","progress_percent","created_at");
  CREATE UNIQUE INDEX "donation_appeals_locales_locale_parent_id_unique" ON "donation_appeals_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "donation_appeals_locales__parent_id_idx" ON "donation_appeals_locales" USING btree ("_parent_id");
  CREATE INDEX "_donation_appeals_v_version_suggested_amounts_order_idx" ON "_donation_appeals_v_version_suggested_amounts" USING btree ("_order");
  CREATE INDEX "_donation_appeals_v_version_suggested_amounts_parent_id_idx" ON "_donation_appeals_v_version_suggested_amounts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_donation_appeals_v_version_suggested_amounts_locales_locale" ON "_donation_appeals_v_version_suggested_amounts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_donation_appeals_v_version_suggested_amounts_locales__c60df522" ON "_donation_appeals_v_version_suggested_amounts_locales" USING btree ("_parent_id");
  CREATE INDEX "_donation_appeals_v_parent_idx" ON "_donation_appeals_v" USING btree ("parent_id");
  CREATE INDEX "_donation_appeals_v_version_version_hero_image_idx" ON "_donation_appeals_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_donation_appeals_v_version_version_progress_percent_idx" ON "_donation_appeals_v" USING btree ("version_progress_percent");
  CREATE INDEX "_donation_appeals_v_version_meta_version_meta_image_idx" ON "_donation_appeals_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_donation_appeals_v_version_version_slug_idx" ON "_donation_appeals_v" USING btree ("version_slug");
  CREATE INDEX "_donation_appeals_v_version_version_campaign_idx" ON "_donation_appeals_v" USING btree ("version_campaign_id");
  CREATE INDEX "_donation_appeals_v_version_version_created_by_idx" ON "_donation_appeals_v" USING btree ("version_created_by_id");
  CREATE INDEX "_donation_appeals_v_version_version_updated_at_idx" ON "_donation_appeals_v" USING btree ("version_updated_at");
  CREATE INDEX "_donation_appeals_v_version_version_created_at_idx" ON "_donation_appeals_v" USING btree ("version_created_at");
  CREATE INDEX "_donation_appeals_v_version_version__status_idx" ON "_donation_appeals_v" USING btree ("version__status");
  CREATE INDEX "_donation_appeals_v_created_at_idx" ON "_donation_appeals_v" USING btree ("created_at");
  CREATE INDEX "_donation_appeals_v_updated_at_idx" ON "_donation_appeals_v" USING btree ("updated_at");
  CREATE INDEX "_donation_appeals_v_snapshot_idx" ON "_donation_appeals_v" USING btree ("snapshot");
  CREATE INDEX "_donation_appeals_v_published_locale_idx" ON "_donation_appeals_v" USING btree ("published_locale");
  CREATE INDEX "_donation_appeals_v_latest_idx" ON "_donation_appeals_v" USING btree ("latest");
  CREATE INDEX "_donation_appeals_v_autosave_idx" ON "_donation_appeals_v" USING btree ("autosave");
  CREATE INDEX "version__status_version_createdAt_4_idx" ON "_donation_appeals_v" USING btree ("version__status","version_created_at");
  CREATE INDEX "version__status_version_closesAt_version_createdAt_idx" ON "_donation_appeals_v" USING btree ("version__status","version_closes_at","version_created_at");
  CREATE INDEX "version__status_version_progressPercent_version_createdA_idx" ON "_donation_appeals_v" USING btree ("version__status","version_progress_percent","version_created_at");
  CREATE INDEX "_donation_appeals_v_latest_version_created_at_created_at_idx" ON "_donation_appeals_v" USING btree ("latest","version_created_at","created_at");
  CREATE INDEX "_donation_appeals_v_latest_version_updated_at_created_at_idx" ON "_donation_appeals_v" USING btree ("latest","version_updated_at","created_at");
  CREATE INDEX "_donation_appeals_v_latest_version_opens_at_created_at_idx" ON "_donation_appeals_v" USING btree ("latest","version_opens_at","created_at");
  CREATE INDEX "_donation_appeals_v_latest_version_closes_at_created_at_idx" ON "_donation_appeals_v" USING btree ("latest","version_closes_at","created_at");
  CREATE INDEX "_donation_appeals_v_latest_version_progress_percent_cr_6dfeab80" ON "_donation_appeals_v" USING btree ("latest","version_progress_percent","created_at");
  CREATE INDEX "_donation_appeals_v_parent_id_updated_at_idx" ON "_donation_appeals_v" USING btree ("parent_id","updated_at");
  CREATE UNIQUE INDEX "_donation_appeals_v_locales_locale_parent_id_unique" ON "_donation_appeals_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_donation_appeals_v_locales__parent_id_idx" ON "_donation_appeals_v_locales" USING btree ("_parent_id");
  CREATE INDEX "donations_type_idx" ON "donations" USING btree ("type");
  CREATE INDEX "donations_refund_of_idx" ON "donations" USING btree ("refund_of_id");
  CREATE INDEX "donations_appeal_idx" ON "donations" USING btree ("appeal_id");
  CREATE INDEX "donations_received_at_idx" ON "donations" USING btree ("received_at");
  CREATE UNIQUE INDEX "donations_external_id_idx" ON "donations" USING btree ("external_id");
  CREATE INDEX "donations_donor_email_idx" ON "donations" USING btree ("donor_email");
  CREATE INDEX "donations_gift_aid_declaration_idx" ON "donations" USING btree ("gift_aid_declaration_id");
  CREATE INDEX "donations_gift_aid_claimed_at_idx" ON "donations" USING btree ("gift_aid_claimed_at");
  CREATE INDEX "donations_gift_aid_claim_batch_idx" ON "donations" USING btree ("gift_aid_claim_batch");
  CREATE INDEX "donations_updated_at_idx" ON "donations" USING btree ("updated_at");
  CREATE INDEX "donations_created_at_idx" ON "donations" USING btree ("created_at");
  CREATE INDEX "refundOf_receivedAt_idx" ON "donations" USING btree ("refund_of_id","received_at");
  CREATE INDEX "donorEmail_receivedAt_idx" ON "donations" USING btree ("donor_email","received_at");
  CREATE INDEX "giftAidClaimBatch_receivedAt_idx" ON "donations" USING btree ("gift_aid_claim_batch","received_at");
  CREATE INDEX "gift_aid_declarations_declared_at_idx" ON "gift_aid_declarations" USING btree ("declared_at");
  CREATE INDEX "gift_aid_declarations_donor_email_idx" ON "gift_aid_declarations" USING btree ("donor_email");
  CREATE INDEX "gift_aid_declarations_cancelled_at_idx" ON "gift_aid_declarations" USING btree ("cancelled_at");
  CREATE INDEX "gift_aid_declarations_supersedes_idx" ON "gift_aid_declarations" USING btree ("supersedes_id");
  CREATE INDEX "gift_aid_declarations_last_claimed_at_idx" ON "gift_aid_declarations" USING btree ("last_claimed_at");
  CREATE INDEX "gift_aid_declarations_person_key_idx" ON "gift_aid_declarations" USING btree ("person_key");
  CREATE INDEX "gift_aid_declarations_updated_at_idx" ON "gift_aid_declarations" USING btree ("updated_at");
  CREATE INDEX "gift_aid_declarations_created_at_idx" ON "gift_aid_declarations" USING btree ("created_at");
  CREATE INDEX "webhook_endpoints_events_order_idx" ON "webhook_endpoints_events" USING btree ("order");
  CREATE INDEX "webhook_endpoints_events_parent_idx" ON "webhook_endpoints_events" USING btree ("parent_id");
  CREATE INDEX "webhook_endpoints_active_idx" ON "webhook_endpoints" USING btree ("active");
  CREATE INDEX "webhook_endpoints_updated_at_idx" ON "webhook_endpoints" USING btree ("updated_at");
  CREATE INDEX "webhook_endpoints_created_at_idx" ON "webhook_endpoints" USING btree ("created_at");
  CREATE INDEX "webhook_deliveries_endpoint_idx" ON "webhook_deliveries" USING btree ("endpoint_id");
  CREATE INDEX "webhook_deliveries_event_idx" ON "webhook_deliveries" USING btree ("event");
  CREATE INDEX "webhook_deliveries_message_id_idx" ON "webhook_deliveries" USING btree ("message_id");
  CREATE INDEX "webhook_deliveries_status_idx" ON "webhook_deliveries" USING btree ("status");
  CREATE INDEX "webhook_deliveries_next_attempt_at_idx" ON "webhook_deliveries" USING btree ("next_attempt_at");
  CREATE INDEX "webhook_deliveries_updated_at_idx" ON "webhook_deliveries" USING btree ("updated_at");
  CREATE INDEX "webhook_deliveries_created_at_idx" ON "webhook_deliveries" USING btree ("created_at");
  CREATE INDEX "subject_scheduledFor_idx" ON "webhook_deliveries" USING btree ("subject","scheduled_for");
  CREATE INDEX "training_requests_request_status_idx" ON "training_requests" USING btree ("request_status");
  CREATE INDEX "training_requests_assigned_to_idx" ON "training_requests" USING btree ("assigned_to_id");
  CREATE INDEX "training_requests_email_idx" ON "training_requests" USING btree ("email");
  CREATE INDEX "training_requests_region_idx" ON "training_requests" USING btree ("region");
  CREATE INDEX "training_requests_closed_at_idx" ON "training_requests" USING btree ("closed_at");
  CREATE INDEX "training_requests_erased_at_idx" ON "training_requests" USING btree ("erased_at");
  CREATE INDEX "training_requests_updated_at_idx" ON "training_requests" USING btree ("updated_at");
  CREATE INDEX "training_requests_created_at_idx" ON "training_requests" USING btree ("created_at");
  CREATE INDEX "requestStatus_createdAt_idx" ON "training_requests" USING btree ("request_status","created_at");
  CREATE INDEX "region_createdAt_idx" ON "training_requests" USING btree ("region","created_at");
  CREATE INDEX "email_createdAt_idx" ON "training_requests" USING btree ("email","created_at");
  CREATE INDEX "privacy_audit_log_subject_hash_idx" ON "privacy_audit_log" USING btree ("subject_hash");
  CREATE INDEX "privacy_audit_log_updated_at_idx" ON "privacy_audit_log" USING btree ("updated_at");
  CREATE INDEX "privacy_audit_log_created_at_idx" ON "privacy_audit_log" USING btree ("created_at");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_role_idx" ON "users" USING btree ("role");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_groups_id_idx" ON "users_rels" USING btree ("groups_id");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_posts_id_idx" ON "payload_locked_documents_rels" USING btree ("posts_id");
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");
  CREATE INDEX "payload_locked_documents_rels_groups_id_idx" ON "payload_locked_documents_rels" USING btree ("groups_id");
  CREATE INDEX "payload_locked_documents_rels_campaigns_id_idx" ON "payload_locked_documents_rels" USING btree ("campaigns_id");
  CREATE INDEX "payload_locked_documents_rels_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("categories_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_donation_appeals_id_idx" ON "payload_locked_documents_rels" USING btree ("donation_appeals_id");
  CREATE INDEX "payload_locked_documents_rels_webhook_endpoints_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_endpoints_id");
  CREATE INDEX "payload_locked_documents_rels_training_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("training_requests_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "site_settings_charity_registrations_order_idx" ON "site_settings_charity_registrations" USING btree ("_order");
  CREATE INDEX "site_settings_charity_registrations_parent_id_idx" ON "site_settings_charity_registrations" USING btree ("_parent_id");
  CREATE INDEX "site_settings_social_links_order_idx" ON "site_settings_social_links" USING btree ("_order");
  CREATE INDEX "site_settings_social_links_parent_id_idx" ON "site_settings_social_links" USING btree ("_parent_id");
  CREATE INDEX "site_settings_default_seo_default_seo_image_idx" ON "site_settings" USING btree ("default_seo_image_id");
  CREATE INDEX "site_settings_donate_call_to_action_donate_call_to_actio_idx" ON "site_settings" USING btree ("donate_call_to_action_appeal_id");
  CREATE UNIQUE INDEX "site_settings_locales_locale_parent_id_unique" ON "site_settings_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "navigation_header_order_idx" ON "navigation_header" USING btree ("_order");
  CREATE INDEX "navigation_header_parent_id_idx" ON "navigation_header" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "navigation_header_locales_locale_parent_id_unique" ON "navigation_header_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "navigation_footer_order_idx" ON "navigation_footer" USING btree ("_order");
  CREATE INDEX "navigation_footer_parent_id_idx" ON "navigation_footer" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "navigation_footer_locales_locale_parent_id_unique" ON "navigation_footer_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "navigation_rels_order_idx" ON "navigation_rels" USING btree ("order");
  CREATE INDEX "navigation_rels_parent_idx" ON "navigation_rels" USING btree ("parent_id");
  CREATE INDEX "navigation_rels_path_idx" ON "navigation_rels" USING btree ("path");
  CREATE INDEX "navigation_rels_posts_id_idx" ON "navigation_rels" USING btree ("posts_id");
  CREATE INDEX "navigation_rels_events_id_idx" ON "navigation_rels" USING btree ("events_id");
  CREATE INDEX "navigation_rels_campaigns_id_idx" ON "navigation_rels" USING btree ("campaigns_id");
  CREATE INDEX "navigation_rels_donation_appeals_id_idx" ON "navigation_rels" USING btree ("donation_appeals_id");
  CREATE INDEX "navigation_rels_groups_id_idx" ON "navigation_rels" USING btree ("groups_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "posts" CASCADE;
  DROP TABLE "posts_locales" CASCADE;
  DROP TABLE "posts_rels" CASCADE;
  DROP TABLE "_posts_v" CASCADE;
  DROP TABLE "_posts_v_locales" CASCADE;
  DROP TABLE "_posts_v_rels" CASCADE;
  DROP TABLE "events_speakers" CASCADE;
  DROP TABLE "events_speakers_locales" CASCADE;
  DROP TABLE "events_agenda" CASCADE;
  DROP TABLE "events_agenda_locales" CASCADE;
  DROP TABLE "events" CASCADE;
  DROP TABLE "events_locales" CASCADE;
  DROP TABLE "_events_v_version_speakers" CASCADE;
  DROP TABLE "_events_v_version_speakers_locales" CASCADE;
  DROP TABLE "_events_v_version_agenda" CASCADE;
  DROP TABLE "_events_v_version_agenda_locales" CASCADE;
  DROP TABLE "_events_v" CASCADE;
  DROP TABLE "_events_v_locales" CASCADE;
  DROP TABLE "groups" CASCADE;
  DROP TABLE "groups_locales" CASCADE;
  DROP TABLE "_groups_v" CASCADE;
  DROP TABLE "_groups_v_locales" CASCADE;
  DROP TABLE "campaigns_stats" CASCADE;
  DROP TABLE "campaigns_stats_locales" CASCADE;
  DROP TABLE "campaigns_partners" CASCADE;
  DROP TABLE "campaigns" CASCADE;
  DROP TABLE "campaigns_locales" CASCADE;
  DROP TABLE "campaigns_texts" CASCADE;
  DROP TABLE "campaigns_rels" CASCADE;
  DROP TABLE "_campaigns_v_version_stats" CASCADE;
  DROP TABLE "_campaigns_v_version_stats_locales" CASCADE;
  DROP TABLE "_campaigns_v_version_partners" CASCADE;
  DROP TABLE "_campaigns_v" CASCADE;
  DROP TABLE "_campaigns_v_locales" CASCADE;
  DROP TABLE "_campaigns_v_texts" CASCADE;
  DROP TABLE "_campaigns_v_rels" CASCADE;
  DROP TABLE "categories" CASCADE;
  DROP TABLE "categories_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "donation_appeals_suggested_amounts" CASCADE;
  DROP TABLE "donation_appeals_suggested_amounts_locales" CASCADE;
  DROP TABLE "donation_appeals" CASCADE;
  DROP TABLE "donation_appeals_locales" CASCADE;
  DROP TABLE "_donation_appeals_v_version_suggested_amounts" CASCADE;
  DROP TABLE "_donation_appeals_v_version_suggested_amounts_locales" CASCADE;
  DROP TABLE "_donation_appeals_v" CASCADE;
  DROP TABLE "_donation_appeals_v_locales" CASCADE;
  DROP TABLE "donations" CASCADE;
  DROP TABLE "gift_aid_declarations" CASCADE;
  DROP TABLE "webhook_endpoints_events" CASCADE;
  DROP TABLE "webhook_endpoints" CASCADE;
  DROP TABLE "webhook_deliveries" CASCADE;
  DROP TABLE "training_requests" CASCADE;
  DROP TABLE "privacy_audit_log" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "site_settings_charity_registrations" CASCADE;
  DROP TABLE "site_settings_social_links" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  DROP TABLE "site_settings_locales" CASCADE;
  DROP TABLE "navigation_header" CASCADE;
  DROP TABLE "navigation_header_locales" CASCADE;
  DROP TABLE "navigation_footer" CASCADE;
  DROP TABLE "navigation_footer_locales" CASCADE;
  DROP TABLE "navigation" CASCADE;
  DROP TABLE "navigation_rels" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_posts_status";
  DROP TYPE "public"."enum__posts_v_version_status";
  DROP TYPE "public"."enum__posts_v_published_locale";
  DROP TYPE "public"."enum_events_event_type";
  DROP TYPE "public"."enum_events_attendance_mode";
  DROP TYPE "public"."enum_events_event_status";
  DROP TYPE "public"."enum_events_status";
  DROP TYPE "public"."enum__events_v_version_event_type";
  DROP TYPE "public"."enum__events_v_version_attendance_mode";
  DROP TYPE "public"."enum__events_v_version_event_status";
  DROP TYPE "public"."enum__events_v_version_status";
  DROP TYPE "public"."enum__events_v_published_locale";
  DROP TYPE "public"."enum_groups_region";
  DROP TYPE "public"."enum_groups_group_status";
  DROP TYPE "public"."enum_groups_status";
  DROP TYPE "public"."enum__groups_v_version_region";
  DROP TYPE "public"."enum__groups_v_version_group_status";
  DROP TYPE "public"."enum__groups_v_version_status";
  DROP TYPE "public"."enum__groups_v_published_locale";
  DROP TYPE "public"."enum_campaigns_campaign_status";
  DROP TYPE "public"."enum_campaigns_status";
  DROP TYPE "public"."enum__campaigns_v_version_campaign_status";
  DROP TYPE "public"."enum__campaigns_v_version_status";
  DROP TYPE "public"."enum__campaigns_v_published_locale";
  DROP TYPE "public"."enum_donation_appeals_status";
  DROP TYPE "public"."enum__donation_appeals_v_version_status";
  DROP TYPE "public"."enum__donation_appeals_v_published_locale";
  DROP TYPE "public"."enum_donations_type";
  DROP TYPE "public"."enum_donations_source";
  DROP TYPE "public"."enum_gift_aid_declarations_scope";
  DROP TYPE "public"."enum_gift_aid_declarations_method";
  DROP TYPE "public"."enum_webhook_endpoints_events";
  DROP TYPE "public"."enum_webhook_deliveries_status";
  DROP TYPE "public"."enum_training_requests_request_status";
  DROP TYPE "public"."enum_training_requests_region";
  DROP TYPE "public"."enum_privacy_audit_log_action";
  DROP TYPE "public"."enum_privacy_audit_log_via";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_site_settings_charity_registrations_jurisdiction";
  DROP TYPE "public"."enum_site_settings_social_links_platform";
  DROP TYPE "public"."enum_navigation_header_link_type";
  DROP TYPE "public"."enum_navigation_footer_link_type";`)
}
