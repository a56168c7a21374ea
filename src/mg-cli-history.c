/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-cli-history"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "mg-cli-history.h"
#include "mg-cli.h"
#include "mg-election.h"
#include "mg-feed-loader.h"
#include "mg-feed-parser.h"
#include "mg-history.h"
#include "mg-party-result.h"
#include "mg-state-result.h"
#include "mg-summary.h"

/* The command line's view of a feed's history (mg-history.c): --history
 * lists the snapshots stored, and --at=TIME reads the one that was showing
 * then instead of the feed, without the network. A folder of snapshot
 * files (--feed=DIR) is a recorded count, read the same way. */

/**
 * mg_cli_dup_folder:
 * @feed: (nullable): what --feed gives
 *
 * Returns: (transfer full) (nullable): the folder's path when @feed names
 *   a folder of snapshot files on this computer
 */
char *
mg_cli_dup_folder (const char *feed)
{
  g_autoptr (GFile) file = NULL;

  if (feed == NULL || mg_feed_uri_is_remote (feed))
    return NULL;
  file = mg_feed_loader_file_for_arg (feed, NULL);
  return mg_feed_loader_dup_folder_path (file);
}

/* The history of --feed: what the feed argument names, as the window and
 * the fetches record it; or the folder of snapshot files it names, whose
 * files that are not feeds are each a line on stderr. NULL when the folder
 * holds none, with @status set. */
static MgHistory *
open_history (const char *feed,
              int        *status)
{
  g_autofree char *folder = mg_cli_dup_folder (feed);
  g_autoptr (GError) error = NULL;
  MgHistory *history;
  GPtrArray *skipped;

  if (folder == NULL)
    return mg_history_open (feed != NULL ? feed : MG_FEED_DEFAULT_URI, 0);
  history = mg_history_open_folder (folder, &error);
  if (history == NULL)
    {
      *status = mg_cli_fail (MG_EXIT_FAILURE, "%s", error->message);
      return NULL;
    }
  skipped = mg_history_get_skipped (history);
  for (guint i = 0; i < skipped->len; i++)
    mg_cli_fail (MG_EXIT_OK, _("skipped a snapshot: %s"), ((GError *) g_ptr_array_index (skipped, i))->message);
  return history;
}

/* Snapshot @index parsed, or NULL with a warning naming it. */
static MgElection *
parse_entry (MgHistory *history,
             guint      index)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) body = mg_history_load (history, index, &error);
  MgElection *election;

  if (body == NULL)
    {
      /* TRANSLATORS: a snapshot (stored, or a file of a folder) that cannot be read, and why;
       * it is skipped */
      mg_cli_fail (MG_EXIT_OK, _("skipped a snapshot: %s"), error->message);
      return NULL;
    }
  election = mg_feed_parse (body, NULL, &error);
  if (election == NULL)
    mg_cli_fail (MG_EXIT_OK, _("skipped a snapshot: %s: %s"), mg_history_get_entry (history, index)->path,
                 error->message);
  return election;
}

/* "Gujarat: BJP 156 + 2" for each state, joined by "; ". */
static char *
dup_leaders (MgElection *election)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < mg_election_get_n_states (election); i++)
    {
      MgStateResult *state = mg_election_get_state (election, i);
      MgPartyResult *leader = mg_state_result_get_leader (state);

      if (text->len > 0)
        g_string_append (text, "; ");
      if (leader == NULL)
        /* TRANSLATORS: a state with no leading party yet, in --history */
        g_string_append_printf (text, _("%s: no leader"), mg_state_result_get_name (state));
      else
        /* TRANSLATORS: a state, its leading party, its seats won and leading, in --history */
        g_string_append_printf (text, _("%s: %s %u won + %u leading"), mg_state_result_get_name (state),
                                mg_party_result_get_display_name (leader), mg_party_result_get_won (leader),
                                mg_party_result_get_leading (leader));
    }
  return g_string_free (text, FALSE);
}

/* ISO 8601 to the second, in the election's zone: what --at takes. */
static char *
format_time (GDateTime *time,
             GTimeZone *zone)
{
  g_autoptr (GDateTime) local = g_date_time_to_timezone (time, zone);

  return g_date_time_format (local, "%Y-%m-%dT%H:%M:%S%:z");
}

/**
 * mg_cli_history:
 *
 * Prints a line for each stored snapshot of @feed: the feed's own time,
 * when it was fetched, and each state's leader; for a folder of snapshot
 * files, the snapshot's time, its file's name, and each state's leader.
 *
 * Returns: the exit status
 */
int
mg_cli_history (const char *feed)
{
  int status = MG_EXIT_OK;
  g_autoptr (MgHistory) history = open_history (feed, &status);
  guint n;

  if (history == NULL)
    return status;
  n = mg_history_get_n_entries (history);
  if (n == 0)
    /* TRANSLATORS: --history for a feed with nothing stored */
    return mg_cli_fail (MG_EXIT_FAILURE, _("no snapshot of %s is stored; the window and --summary store "
                                           "each one they fetch"),
                        feed != NULL ? feed : MG_FEED_DEFAULT_URI);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (MgElection) election = parse_entry (history, i);
      g_autoptr (GTimeZone) zone = NULL;
      g_autofree char *fetched = NULL;
      g_autofree char *updated = NULL;
      g_autofree char *leaders = NULL;
      g_autofree char *line = NULL;

      if (election == NULL)
        continue;
      zone = mg_election_dup_display_zone (election);
      fetched = format_time (mg_history_get_entry (history, i)->fetched, zone);
      leaders = dup_leaders (election);
      if (mg_history_is_read_only (history))
        {
          g_autofree char *base = g_path_get_basename (mg_history_get_entry (history, i)->path);
          g_autofree char *name = g_filename_display_name (base);

          /* TRANSLATORS: one snapshot of a folder in --history: its time, its file, and the leaders */
          line = g_strdup_printf (_("%s (%s): %s\n"), fetched, name, leaders);
        }
      else
        {
          updated = mg_election_get_updated (election) != NULL
                      ? format_time (mg_election_get_updated (election), zone)
                      : g_strdup ("—");
          /* TRANSLATORS: one snapshot in --history: the feed's time, when fetched, and the leaders */
          line = g_strdup_printf (_("%s (fetched %s): %s\n"), updated, fetched, leaders);
        }
      mg_cli_print (stdout, line);
    }
  return MG_EXIT_OK;
}

/* How much later than its start the last moment a time written to the
 * minute or to the second stands for is: "13:05" is all of 13:05. */
static GTimeSpan
span_of (const char *time_part)
{
  guint colons = 0;

  for (const char *p = time_part; *p != '\0' && *p != '+' && *p != '-' && *p != 'Z'; p++)
    {
      if (*p == '.')
        return 0;
      colons += *p == ':';
    }
  return colons <= 1 ? 60 * G_USEC_PER_SEC - 1 : G_USEC_PER_SEC - 1;
}

/* @text as a time: ISO 8601 (in @zone when it names none), or HH:MM or
 * HH:MM:SS in @zone on the day of @day; to the end of the minute or second
 * it names. */
static GDateTime *
parse_time (const char *text,
            GTimeZone  *zone,
            GDateTime  *day)
{
  g_autoptr (GDateTime) start = NULL;
  guint hour, minute, second = 0;
  int used = 0;

  if ((sscanf (text, "%2u:%2u:%2u%n", &hour, &minute, &second, &used) == 3 ||
       sscanf (text, "%2u:%2u%n", &hour, &minute, &used) == 2) &&
      text[used] == '\0' && hour < 24 && minute < 60 && second < 60)
    {
      g_autoptr (GDateTime) local = g_date_time_to_timezone (day, zone);

      start = g_date_time_new (zone, g_date_time_get_year (local), g_date_time_get_month (local),
                               g_date_time_get_day_of_month (local), (int) hour, (int) minute, second);
      return start != NULL ? g_date_time_add (start, span_of (text)) : NULL;
    }
  start = g_date_time_new_from_iso8601 (text, zone);
  if (start == NULL || strchr (text, 'T') == NULL)
    return g_steal_pointer (&start);
  return g_date_time_add (start, span_of (strchr (text, 'T') + 1));
}

/**
 * mg_cli_load_at:
 * @at: (nullable): a time, ISO 8601 or HH:MM in the election's time zone
 *   (on the day of the latest snapshot); %NULL for the latest
 * @status: (out): the exit status, when %NULL is returned
 *
 * Returns: (transfer full) (nullable): the latest snapshot of @feed
 *   fetched at or before @at, read from its history (or its folder of
 *   snapshot files: there the last in name order of that time or before)
 */
MgElection *
mg_cli_load_at (const char *feed,
                const char *at,
                int        *status)
{
  g_autoptr (MgHistory) history = open_history (feed, status);
  g_autoptr (MgElection) latest = NULL;
  g_autoptr (GTimeZone) zone = NULL;
  g_autoptr (GDateTime) when = NULL;
  guint n;
  int index;

  if (history == NULL)
    return NULL;
  n = mg_history_get_n_entries (history);
  if (n == 0)
    {
      *status = mg_cli_fail (MG_EXIT_FAILURE, _("no snapshot of %s is stored; the window and --summary "
                                                "store each one they fetch"),
                             feed != NULL ? feed : MG_FEED_DEFAULT_URI);
      return NULL;
    }
  for (int i = (int) n - 1; i >= 0 && latest == NULL; i--)
    latest = parse_entry (history, (guint) i);
  if (at == NULL)
    {
      if (latest == NULL)
        /* TRANSLATORS: every snapshot of a feed or folder failed to read; the feed */
        *status = mg_cli_fail (MG_EXIT_FAILURE, _("%s: no snapshot of it can be read"),
                               feed != NULL ? feed : MG_FEED_DEFAULT_URI);
      return g_steal_pointer (&latest);
    }
  zone = latest != NULL ? mg_election_dup_display_zone (latest) : g_time_zone_new_utc ();
  when = parse_time (at, zone, mg_history_get_entry (history, n - 1)->fetched);
  if (when == NULL)
    {
      /* TRANSLATORS: --at was given something that is not a time */
      *status = mg_cli_fail (MG_EXIT_USAGE, _("--at: “%s” is not a time: give HH:MM or an ISO 8601 time"), at);
      return NULL;
    }
  index = mg_history_find_at (history, when);
  if (index < 0)
    {
      g_autofree char *first = mg_summary_format_time (mg_history_get_entry (history, 0)->fetched, zone);

      /* TRANSLATORS: --at names a time before the first stored snapshot, given */
      *status = mg_cli_fail (MG_EXIT_FAILURE, _("--at: nothing stored so early; the first snapshot is of %s"),
                             first);
      return NULL;
    }
  /* A snapshot that cannot be read gives way to the one before it. */
  for (; index >= 0; index--)
    {
      MgElection *election = parse_entry (history, (guint) index);

      if (election != NULL)
        return election;
    }
  *status = mg_cli_fail (MG_EXIT_FAILURE, _("--at: no snapshot so early can be read"));
  return NULL;
}
