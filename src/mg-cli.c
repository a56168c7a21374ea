/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "mg-cli-history.h"
#include "mg-chart-export.h"
#include "mg-cli.h"
#include "mg-tally.h"
#include "mg-user-alliances.h"
#include "mg-constituency.h"
#include "mg-csv-export.h"
#include "mg-election.h"
#include "mg-feed-cache.h"
#include "mg-history.h"
#include "mg-feed-loader.h"
#include "mg-feed-parser.h"
#include "mg-http.h"
#include "mg-lokdhaba.h"
#include "mg-seat-changes.h"
#include "mg-seat-text.h"
#include "mg-state-result.h"
#include "mg-summary-render.h"
#include "mg-summary.h"

/* The command-line modes that need no display: --summary (of the states or
 * of one constituency), --export-summary, --export-csv and --check-feed.
 * All but --check-feed read a folder of snapshot files as its latest. */

/* Writes UTF-8 as it is: g_print() would transliterate Hindi to "?" under
 * a non-UTF-8 locale. */
void
mg_cli_print (FILE       *stream,
              const char *text)
{
  fputs (text, stream);
  fflush (stream);
}

/* Prints "matganana: MESSAGE" as one line on stderr and returns @status. */
int
mg_cli_fail (int         status,
             const char *format,
             ...)
{
  g_autofree char *message = NULL;
  g_autofree char *line = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* One line, whatever the message held. */
  g_strdelimit (message, "\r\n", ' ');
  line = g_strdup_printf ("matganana: %s\n", message);
  mg_cli_print (stderr, line);
  return status;
}

/* The last good copy of an http feed, when the feed itself failed. */
static MgElection *
load_from_cache (const char *uri,
                 const char *reason,
                 int        *status)
{
  g_autoptr (MgFeedCacheEntry) entry = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *when = NULL;
  MgElection *election;

  entry = mg_feed_cache_load (uri, &error);
  if (entry != NULL)
    election = mg_feed_parse (entry->body, NULL, &error);
  else
    election = NULL;
  if (election == NULL)
    {
      *status = mg_cli_fail (MG_EXIT_FAILURE, "%s: %s", uri, reason);
      return NULL;
    }

  {
    g_autoptr (GTimeZone) zone = mg_election_dup_display_zone (election);

    when = mg_summary_format_time (entry->fetched, zone);
  }
  /* TRANSLATORS: the feed, why it failed, and the time of the copy shown instead */
  mg_cli_fail (MG_EXIT_OK, _("%s: %s; stale, as of %s"), uri, reason, when);
  return election;
}

/* The history-limit-mib setting in bytes, as the window reads it; the
 * default when the settings' schema is not installed. */
static guint64
history_limit (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = source != NULL ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;
  g_autoptr (GSettings) settings = NULL;

  if (schema == NULL)
    return MG_HISTORY_DEFAULT_LIMIT;
  settings = g_settings_new_full (schema, NULL, NULL);
  return (guint64) g_settings_get_uint (settings, "history-limit-mib") << 20;
}

static MgElection *
load_remote (const char *uri,
             int        *status)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (MgHttpResult) answer = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  MgElection *election;
  guint64 limit;

  answer = mg_http_fetch_sync (NULL, uri, NULL, NULL, &error);
  if (answer == NULL)
    return load_from_cache (uri, error->message, status);

  election = mg_feed_parse_named (answer->body, uri, answer->content_type, NULL, &error);
  if (election == NULL)
    return load_from_cache (uri, error->message, status);

  if (!mg_feed_cache_save (uri, answer->body, answer->etag, answer->last_modified, now, &error))
    g_debug ("Could not keep the feed in the cache: %s", error->message);
  g_clear_error (&error);
  /* What --summary fetched is part of the count's record too, within the
   * limit the user set: 0 keeps none. */
  limit = history_limit ();
  if (limit > 0)
    {
      g_autoptr (MgHistory) history = mg_history_open (uri, limit);

      if (!mg_history_add (history, answer->body, now, NULL, &error))
        /* TRANSLATORS: the snapshot just fetched could not be stored in the feed's history */
        mg_cli_fail (MG_EXIT_OK, _("%s: not kept in the history: %s"), uri, error->message);
    }
  return election;
}

/* --at: the time to read the feed's history at, instead of the feed. */
static char *read_at;

/**
 * mg_cli_set_at:
 * @at: (nullable): the time --at gives, or %NULL for the feed as it is now
 *
 * Makes the summaries and exports read @feed's stored snapshot of that
 * time (mg-cli-history.c) rather than the feed.
 */
void
mg_cli_set_at (const char *at)
{
  g_free (read_at);
  read_at = g_strdup (at);
}

/* Loads and parses a feed, or prints why not. A folder of snapshot files
 * (when @folders) gives its latest, or the one --at asks for. */
static MgElection *
read_election (const char *feed,
               gboolean    folders,
               int        *status)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *folder = NULL;
  MgElection *election;

  if (read_at != NULL)
    return mg_cli_load_at (feed, read_at, status);
  if (feed != NULL && mg_feed_uri_is_remote (feed))
    return load_remote (feed, status);
  folder = folders ? mg_cli_dup_folder (feed) : NULL;
  if (folder != NULL)
    return mg_cli_load_at (feed, NULL, status);

  file = mg_feed_loader_file_for_arg (feed != NULL ? feed : MG_FEED_DEFAULT_URI, NULL);
  name = mg_feed_loader_describe (file);

  bytes = mg_feed_loader_load (file, NULL, &error);
  if (bytes == NULL)
    {
      /* GIO's messages already name the file. */
      if (strstr (error->message, name) != NULL)
        *status = mg_cli_fail (MG_EXIT_FAILURE, "%s", error->message);
      else
        *status = mg_cli_fail (MG_EXIT_FAILURE, "%s: %s", name, error->message);
      return NULL;
    }

  election = mg_feed_parse_named (bytes, name, NULL, NULL, &error);
  if (election == NULL)
    *status = mg_cli_fail (MG_EXIT_FAILURE, "%s: %s", name, error->message);
  return election;
}

/* The user's alliances for @feed (Edit Alliances in the window), where it
 * names none: the text and printed summaries count by them as the window
 * does. A file that breaks a rule is said, and the feed shown by party. */
static void
apply_user_alliances (MgElection *election,
                      const char *feed)
{
  g_autofree char *path = mg_user_alliances_dup_path ();
  g_autofree char *uri = NULL;
  g_autoptr (GPtrArray) alliances = NULL;
  g_autoptr (GError) error = NULL;

  if (g_list_model_get_n_items (mg_election_get_alliances (election)) > 0)
    return;
  if (feed != NULL && mg_feed_uri_is_remote (feed))
    uri = g_strdup (feed);
  else
    {
      g_autoptr (GFile) file = mg_feed_loader_file_for_arg (feed != NULL ? feed : MG_FEED_DEFAULT_URI, NULL);

      uri = g_file_get_uri (file);
    }
  alliances = mg_user_alliances_load (path, uri, &error);
  if (alliances == NULL || !mg_user_alliances_apply (election, alliances, &error))
    mg_cli_fail (MG_EXIT_OK, "%s", error->message);
}

static MgElection *
load_election (const char *feed,
               gboolean    folders,
               int        *status)
{
  MgElection *election = read_election (feed, folders, status);

  if (election != NULL)
    apply_user_alliances (election, feed);
  return election;
}

/* The state asked for with --state, or NULL for all; FALSE when missing. */
static gboolean
find_only_state (MgElection     *election,
                 const char     *state_id,
                 MgStateResult **only,
                 int            *status)
{
  g_autoptr (GString) ids = NULL;

  *only = NULL;
  if (state_id == NULL)
    return TRUE;
  *only = mg_election_find_state (election, state_id, NULL);
  if (*only != NULL)
    return TRUE;

  ids = g_string_new (NULL);
  for (guint i = 0; i < mg_election_get_n_states (election); i++)
    g_string_append_printf (ids, "%s%s", i > 0 ? ", " : "",
                            mg_state_result_get_id (mg_election_get_state (election, i)));
  *status = mg_cli_fail (MG_EXIT_FAILURE, _("no state “%s” in the feed; it has %s"), state_id,
                         ids->str);
  return FALSE;
}

/* Returns: whether @state lists any constituencies; prints why not. */
static gboolean
has_constituencies (MgStateResult *state,
                    int           *status)
{
  if (mg_state_result_get_n_constituencies (state) > 0)
    return TRUE;
  /* TRANSLATORS: the feed gives the state's party totals but not its seats */
  *status = mg_cli_fail (MG_EXIT_FAILURE, _("%s lists no constituencies"),
                         mg_state_result_get_name (state));
  return FALSE;
}

/**
 * mg_cli_summary:
 * @state_id: (nullable): the one state to summarise
 * @constituency: the number of the one seat of @state_id to show, or 0
 *   for the state's summary
 * @changes: with the summary, each state's seats that changed hands
 * @by_alliance: the seats counted by alliance
 */
int
mg_cli_summary (const char *feed,
                const char *state_id,
                guint       constituency,
                gboolean    changes,
                gboolean    by_alliance)
{
  g_autoptr (MgElection) election = NULL;
  g_autofree char *text = NULL;
  MgStateResult *only = NULL;
  MgConstituency *seat;
  int status = MG_EXIT_OK;

  g_return_val_if_fail (constituency == 0 || state_id != NULL, MG_EXIT_USAGE);

  election = load_election (feed, TRUE, &status);
  if (election == NULL || !find_only_state (election, state_id, &only, &status))
    return status;

  if (constituency == 0)
    {
      text = mg_summary_format_text (election, only, by_alliance);
      mg_cli_print (stdout, text);
      for (guint i = 0; changes && i < mg_election_get_n_states (election); i++)
        {
          MgStateResult *state = mg_election_get_state (election, i);
          g_autofree char *changed = NULL;

          if (only != NULL && state != only)
            continue;
          changed = mg_seat_changes_format_text (state);
          mg_cli_print (stdout, "\n");
          mg_cli_print (stdout, changed);
        }
      return MG_EXIT_OK;
    }

  if (!has_constituencies (only, &status))
    return status;
  seat = mg_state_result_find_constituency (only, constituency);
  if (seat == NULL && mg_state_result_lacks_seat (only, constituency))
    /* TRANSLATORS: a seat a file of results lacks: its number, then the state's name */
    return mg_cli_fail (MG_EXIT_FAILURE, _("constituency %u of %s: no data in this file"), constituency,
                        mg_state_result_get_name (only));
  if (seat == NULL)
    /* TRANSLATORS: a constituency's number, then the state's name */
    return mg_cli_fail (MG_EXIT_FAILURE, _("no constituency %u in %s"), constituency,
                        mg_state_result_get_name (only));
  text = mg_seat_text_format_summary (election, only, seat);
  mg_cli_print (stdout, text);
  return MG_EXIT_OK;
}

int
mg_cli_export_summary (const char *feed,
                       const char *state_id,
                       const char *path,
                       MgSummaryOptions options)
{
  g_autoptr (MgElection) election = NULL;
  g_autoptr (GError) error = NULL;
  MgStateResult *only = NULL;
  int status = MG_EXIT_OK;

  election = load_election (feed, TRUE, &status);
  if (election == NULL || !find_only_state (election, state_id, &only, &status))
    return status;

  if (!mg_summary_export_pdf (election, only, options, path, &error))
    /* TRANSLATORS: the PDF's path, then why it could not be written */
    return mg_cli_fail (MG_EXIT_FAILURE, _("%s: cannot write the PDF: %s"), path, error->message);
  return MG_EXIT_OK;
}

/* Writes the seats of every state (or of @state_id) as CSV to @path. */
int
mg_cli_export_csv (const char *feed,
                   const char *state_id,
                   const char *path)
{
  g_autoptr (MgElection) election = NULL;
  g_autoptr (GBytes) csv = NULL;
  g_autoptr (GError) error = NULL;
  MgStateResult *only = NULL;
  int status = MG_EXIT_OK;

  election = load_election (feed, TRUE, &status);
  if (election == NULL || !find_only_state (election, state_id, &only, &status))
    return status;

  if (only != NULL && !has_constituencies (only, &status))
    return status;
  if (only == NULL)
    {
      guint n = mg_election_get_n_states (election);
      guint listed = 0;

      for (guint i = 0; i < n; i++)
        listed += mg_state_result_get_n_constituencies (mg_election_get_state (election, i));
      if (listed == 0)
        /* TRANSLATORS: no state of the feed lists its seats, so there is nothing to export */
        return mg_cli_fail (MG_EXIT_FAILURE, _("the feed lists no constituencies"));
    }

  csv = mg_csv_export_seats (election, only);
  if (!mg_csv_export_save (csv, path, &error))
    /* TRANSLATORS: the CSV file's path, then why it could not be written */
    return mg_cli_fail (MG_EXIT_FAILURE, _("%s: cannot write the CSV: %s"), path, error->message);
  return MG_EXIT_OK;
}

/* Draws the seat chart of @state_id (by default the house, else the first
 * state), counted by alliance when asked and the feed has alliances, as
 * an SVG or PNG image at @path. */
int
mg_cli_export_chart (const char *feed,
                     const char *state_id,
                     const char *path,
                     guint       width,
                     gboolean    transparent,
                     gboolean    by_alliance)
{
  g_autoptr (MgElection) election = NULL;
  g_autoptr (MgStateResult) house = NULL;
  g_autoptr (MgStateResult) tally = NULL;
  g_autoptr (GError) error = NULL;
  MgStateResult *shown = NULL;
  MgChartExportFormat format;
  int status = MG_EXIT_OK;

  if (!mg_chart_export_format_for (path, &format))
    return mg_cli_fail (MG_EXIT_FAILURE, _("%s: cannot write the chart: %s"), path,
                        _("the name must end in .svg or .png"));
  election = load_election (feed, TRUE, &status);
  if (election == NULL)
    return status;
  house = mg_tally_house (election);
  if (house != NULL && (state_id == NULL || g_str_equal (state_id, MG_TALLY_HOUSE_ID)))
    shown = house;
  else if (!find_only_state (election, state_id, &shown, &status))
    return status;
  if (shown == NULL && mg_election_get_n_states (election) > 0)
    shown = mg_election_get_state (election, 0);
  if (shown == NULL)
    /* TRANSLATORS: a feed with no state has no chart to draw */
    return mg_cli_fail (MG_EXIT_FAILURE, _("the feed has no state to draw"));
  if (by_alliance && g_list_model_get_n_items (mg_election_get_alliances (election)) > 0)
    shown = tally = mg_tally_by_alliance (election, shown);

  if (!mg_chart_export_write (election, shown, path, width, transparent, 0, &error))
    /* TRANSLATORS: the image's path, then why it could not be written */
    return mg_cli_fail (MG_EXIT_FAILURE, _("%s: cannot write the chart: %s"), path, error->message);
  return MG_EXIT_OK;
}

int
mg_cli_check_feed (const char *feed)
{
  g_autoptr (MgElection) election = NULL;
  g_autofree char *text = NULL;
  int status = MG_EXIT_OK;

  /* One feed checked: a folder is not one. */
  election = load_election (feed, FALSE, &status);
  if (election == NULL)
    return status;

  text = mg_summary_format_check (election);
  mg_cli_print (stdout, text);
  return MG_EXIT_OK;
}

/* Writes @feed (a local file: a feed, or a Lok Dhaba results CSV) as a
 * version 2 feed to @path, once it has been read and checked as any feed. */
int
mg_cli_convert (const char *feed,
                const char *path)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (MgElection) election = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *json = NULL;
  const char *data;
  gsize length;

  if (feed != NULL && mg_feed_uri_is_remote (feed))
    /* TRANSLATORS: --convert reads files only */
    return mg_cli_fail (MG_EXIT_USAGE, _("--convert reads a file, not an http(s) feed"));
  file = mg_feed_loader_file_for_arg (feed != NULL ? feed : MG_FEED_DEFAULT_URI, NULL);
  name = mg_feed_loader_describe (file);
  bytes = mg_feed_loader_load (file, NULL, &error);
  if (bytes == NULL)
    return mg_cli_fail (MG_EXIT_FAILURE, "%s", error->message);
  data = g_bytes_get_data (bytes, &length);
  if (mg_lokdhaba_detect_named (data, length, mg_lokdhaba_name_says_csv (name, NULL)))
    {
      /* A results CSV: its tree, read once, written out, then checked as a
       * feed (which frees the tree's seats as it reads them). */
      g_autoptr (JsonNode) tree = mg_lokdhaba_read (data, length, &error);

      if (tree != NULL)
        {
          g_autoptr (JsonGenerator) generator = json_generator_new ();

          json_generator_set_root (generator, tree);
          json_generator_set_pretty (generator, TRUE);
          json = json_generator_to_data (generator, &length);
          data = json;
          election = mg_feed_parse_tree (tree, NULL, &error);
        }
      if (election == NULL)
        return mg_cli_fail (MG_EXIT_FAILURE, "%s: %s", name, error->message);
    }
  else
    {
      election = mg_feed_parse (bytes, NULL, &error);
      if (election == NULL)
        return mg_cli_fail (MG_EXIT_FAILURE, "%s: %s", name, error->message);
    }
  /* Written to a temporary file and renamed: nothing half-written. */
  if (!g_file_set_contents (path, data, (gssize) length, &error))
    /* TRANSLATORS: the feed's path, then why it could not be written */
    return mg_cli_fail (MG_EXIT_FAILURE, _("%s: cannot write the feed: %s"), path, error->message);
  return MG_EXIT_OK;
}
