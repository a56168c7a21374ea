/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-csv-export"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "mg-candidate.h"
#include "mg-constituency.h"
#include "mg-csv-export.h"
#include "mg-election.h"
#include "mg-state-result.h"

/* The seats table as CSV (RFC 4180: CRLF line ends, fields quoted when they
 * hold a comma, a quote or a line break, quotes doubled), for spreadsheets
 * and scripts. Machine output: ids rather than names where there are ids,
 * plain digits, statuses as the feed spells them. */

static const char *const header[] = {
  "state", "number", "name", "reserved", "status", "round",
  "leader", "leader_party", "leader_votes",
  "runner_up", "runner_up_party", "runner_up_votes",
  "margin", "previous_party",
};

enum {
  FIELD_STATE,
  FIELD_NUMBER,
  FIELD_NAME,
  FIELD_RESERVED,
  FIELD_STATUS,
  FIELD_ROUND,
  FIELD_LEADER,
  FIELD_LEADER_PARTY,
  FIELD_LEADER_VOTES,
  FIELD_RUNNER_UP,
  FIELD_RUNNER_UP_PARTY,
  FIELD_RUNNER_UP_VOTES,
  FIELD_MARGIN,
  FIELD_PREVIOUS_PARTY,
  N_FIELDS
};

G_STATIC_ASSERT (G_N_ELEMENTS (header) == N_FIELDS);

/**
 * mg_csv_append_field:
 * @field: (nullable): the field's text; %NULL is an empty field
 *
 * Appends @field as RFC 4180 writes it: as it is, or in double quotes with
 * its quotes doubled when it holds a comma, a quote, a CR or an LF.
 */
void
mg_csv_append_field (GString    *out,
                     const char *field)
{
  g_return_if_fail (out != NULL);

  if (field == NULL)
    return;
  if (strpbrk (field, ",\"\r\n") == NULL)
    {
      g_string_append (out, field);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* Names come from the feed: one starting with =, +, -, @ or a tab or CR
 * would be a formula to a spreadsheet opening the file. Such a name gets a
 * leading apostrophe, which spreadsheets show as text. */
static gboolean
is_formula_like (const char *field)
{
  return field != NULL && field[0] != '\0' && strchr ("=+-@\t\r", field[0]) != NULL;
}

static void
append_record (GString     *out,
               const char **fields)
{
  for (guint i = 0; i < N_FIELDS; i++)
    {
      gboolean text = i == FIELD_NAME || i == FIELD_LEADER || i == FIELD_RUNNER_UP;

      if (i > 0)
        g_string_append_c (out, ',');
      if (text && is_formula_like (fields[i]))
        {
          g_autofree char *guarded = g_strconcat ("'", fields[i], NULL);

          mg_csv_append_field (out, guarded);
        }
      else
        mg_csv_append_field (out, fields[i]);
    }
  g_string_append (out, "\r\n");
}

static void
append_seat (GString        *out,
             MgStateResult  *state,
             MgConstituency *seat)
{
  static const char *const statuses[] = { "pending", "counting", "declared" };
  const char *fields[N_FIELDS] = { NULL };
  g_autofree char *number = NULL;
  g_autofree char *round = NULL;
  g_autofree char *leader_votes = NULL;
  g_autofree char *runner_up_votes = NULL;
  g_autofree char *margin = NULL;
  MgCandidate *leader = mg_constituency_get_leader (seat);
  MgSeatStatus status = mg_constituency_get_status (seat);
  guint current, total;

  g_assert ((guint) status < G_N_ELEMENTS (statuses));

  number = g_strdup_printf ("%u", mg_constituency_get_number (seat));
  fields[FIELD_STATE] = mg_state_result_get_id (state);
  fields[FIELD_NUMBER] = number;
  fields[FIELD_NAME] = mg_constituency_get_name (seat);
  switch (mg_constituency_get_reserved (seat))
    {
    case MG_RESERVED_SC:
      fields[FIELD_RESERVED] = "SC";
      break;
    case MG_RESERVED_ST:
      fields[FIELD_RESERVED] = "ST";
      break;
    case MG_RESERVED_NONE:
    default:
      break;
    }
  fields[FIELD_STATUS] = statuses[status];
  if (mg_constituency_get_round (seat, &current, &total))
    fields[FIELD_ROUND] = round = g_strdup_printf ("%u/%u", current, total);

  /* Without a candidate ahead (no votes yet, or a tie at the top) there is
   * no leader, and no runner-up or margin to speak of. */
  if (leader != NULL)
    {
      MgCandidate *runner_up = mg_constituency_get_runner_up (seat);

      fields[FIELD_LEADER] = mg_candidate_get_name (leader);
      fields[FIELD_LEADER_PARTY] = mg_candidate_get_party_id (leader);
      fields[FIELD_LEADER_VOTES] = leader_votes =
        g_strdup_printf ("%" G_GUINT64_FORMAT, mg_candidate_get_votes (leader));
      if (runner_up != NULL)
        {
          fields[FIELD_RUNNER_UP] = mg_candidate_get_name (runner_up);
          fields[FIELD_RUNNER_UP_PARTY] = mg_candidate_get_party_id (runner_up);
          fields[FIELD_RUNNER_UP_VOTES] = runner_up_votes =
            g_strdup_printf ("%" G_GUINT64_FORMAT, mg_candidate_get_votes (runner_up));
        }
      fields[FIELD_MARGIN] = margin =
        g_strdup_printf ("%" G_GUINT64_FORMAT, mg_constituency_get_margin (seat));
    }
  fields[FIELD_PREVIOUS_PARTY] = mg_constituency_get_previous_party (seat);

  append_record (out, fields);
}

/**
 * mg_csv_export_seats:
 * @only: (nullable): the one state to export, or %NULL for all
 *
 * The listed constituencies of each state (or of @only), in the feed's
 * order, one record each after a header record; names in the UI language.
 *
 * Returns: (transfer full): the CSV, UTF-8
 */
GBytes *
mg_csv_export_seats (MgElection    *election,
                     MgStateResult *only)
{
  GString *out;
  guint n_states;

  g_return_val_if_fail (MG_IS_ELECTION (election), NULL);
  g_return_val_if_fail (only == NULL || MG_IS_STATE_RESULT (only), NULL);

  out = g_string_new (NULL);
  append_record (out, (const char **) header);

  n_states = mg_election_get_n_states (election);
  for (guint i = 0; i < n_states; i++)
    {
      MgStateResult *state = mg_election_get_state (election, i);
      guint n_seats;

      if (only != NULL && state != only)
        continue;
      n_seats = mg_state_result_get_n_constituencies (state);
      for (guint j = 0; j < n_seats; j++)
        append_seat (out, state, mg_state_result_get_constituency (state, j));
    }
  return g_string_free_to_bytes (out);
}

static gboolean
set_errno_error (GError **error,
                 int      saved_errno)
{
  g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       g_strerror (saved_errno));
  return FALSE;
}

/**
 * mg_csv_export_save:
 *
 * Writes @csv to @path atomically: into a new file beside it, synced, then
 * renamed over @path, so a reader never sees half a file and a failure
 * leaves nothing behind. The error's message says only why (like "No such
 * file or directory"): the caller names the path.
 *
 * Returns: %TRUE on success
 */
gboolean
mg_csv_export_save (GBytes      *csv,
                    const char  *path,
                    GError     **error)
{
  g_autofree char *temp = NULL;
  const guint8 *data;
  gsize length, written = 0;
  int fd, saved_errno;

  g_return_val_if_fail (csv != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  temp = g_strconcat (path, ".XXXXXX", NULL);
  fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    return set_errno_error (error, errno);

  data = g_bytes_get_data (csv, &length);
  while (written < length)
    {
      gssize n = write (fd, data + written, length - written);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        goto failed;
      written += (gsize) n;
    }
  if (fsync (fd) != 0)
    goto failed;
  if (close (fd) != 0)
    {
      fd = -1;
      goto failed;
    }
  fd = -1;
  if (g_rename (temp, path) != 0)
    goto failed;
  return TRUE;

failed:
  saved_errno = errno;
  if (fd >= 0)
    close (fd);
  g_unlink (temp);
  return set_errno_error (error, saved_errno);
}
