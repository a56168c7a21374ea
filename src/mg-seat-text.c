/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-seat-text"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-candidate.h"
#include "mg-constituency.h"
#include "mg-election.h"
#include "mg-seat-labels.h"
#include "mg-seat-text.h"
#include "mg-state-result.h"
#include "mg-summary.h"
#include "mg-text-util.h"

/* A constituency's result in sentences: its status, who won or leads and
 * by how much, whether the seat changed hands, turnout, and the whole seat
 * as the text summary prints it (--summary --constituency). The short
 * labels of the seats view (names, column cells) are mg-seat-labels.c's,
 * and used here too. */

/* gettext chooses plural forms by an unsigned long; a count past one is
 * chosen by its last digits, as GNU gettext's manual advises. */
static gulong
plural_of (guint64 n)
{
  return n > G_MAXULONG ? (gulong) (n % 1000000 + 1000000) : (gulong) n;
}

/* "54.5%", or "—" for a share not known (a negative one). */
static char *
format_share (double share)
{
  if (share < 0)
    return g_strdup ("—");
  return g_strdup_printf ("%.1f%%", share);
}

/**
 * mg_seat_text_dup_status:
 *
 * Returns: (transfer full): "Declared", "Counting, round 12 of 20",
 *   "Counting" or "Awaiting results"
 */
char *
mg_seat_text_dup_status (MgConstituency *seat)
{
  guint current, total;

  g_return_val_if_fail (MG_IS_CONSTITUENCY (seat), NULL);

  switch (mg_constituency_get_status (seat))
    {
    case MG_SEAT_STATUS_DECLARED:
      return g_strdup (C_("seat", "Declared"));
    case MG_SEAT_STATUS_COUNTING:
      if (mg_constituency_get_round (seat, &current, &total))
        /* TRANSLATORS: a seat's count: the round being counted, then how many rounds there are */
        return g_strdup_printf (_("Counting, round %u of %u"), current, total);
      return g_strdup (C_("seat", "Counting"));
    case MG_SEAT_STATUS_PENDING:
    default:
      /* TRANSLATORS: a seat whose count has not started */
      return g_strdup (_("Awaiting results"));
    }
}

/**
 * mg_seat_text_dup_result:
 * @state: the state @seat belongs to
 *
 * Returns: (transfer full) (nullable): who won or leads and by how many
 *   votes, like "A (BJP) won by 20,000 votes (18.2%)"; that the top is
 *   tied; %NULL before any votes are in
 */
char *
mg_seat_text_dup_result (MgStateResult  *state,
                         MgConstituency *seat)
{
  MgCandidate *leader;
  g_autofree char *margin = NULL;
  g_autofree char *share = NULL;
  const char *party;
  guint64 votes;

  g_return_val_if_fail (MG_IS_STATE_RESULT (state), NULL);
  g_return_val_if_fail (MG_IS_CONSTITUENCY (seat), NULL);

  if (mg_constituency_get_total_votes (seat) == 0)
    return NULL;

  leader = mg_constituency_get_leader (seat);
  if (leader != NULL && mg_candidate_get_votes (leader) == 0)
    return NULL;
  if (leader == NULL)
    {
      MgCandidate *runner_up = mg_constituency_get_runner_up (seat);
      g_autofree char *tied = NULL;

      /* Votes are in (NOTA's perhaps), but no candidate has any. */
      if (runner_up == NULL || mg_candidate_get_votes (runner_up) == 0)
        return NULL;
      votes = mg_candidate_get_votes (runner_up);
      tied = mg_text_format_count (votes);
      /* TRANSLATORS: the candidates at the top of a seat's count have the same votes */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Tied at the top at %s vote",
                                           "Tied at the top at %s votes", plural_of (votes)),
                              tied);
    }

  votes = mg_constituency_get_margin (seat);
  margin = mg_text_format_count (votes);
  share = format_share (mg_constituency_get_margin_share (seat));
  party = mg_seat_labels_party_name (state, mg_candidate_get_party_id (leader));
  if (mg_constituency_get_status (seat) == MG_SEAT_STATUS_DECLARED)
    /* TRANSLATORS: the winning candidate, their party, the margin in votes and as a share of
     * all votes; the margin chooses the plural form. English: "A (BJP) won by 20,000 votes
     * (18.2%)" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (%s) won by %s vote (%s)",
                                         "%s (%s) won by %s votes (%s)", plural_of (votes)),
                            mg_candidate_get_name (leader), party, margin, share);
  /* TRANSLATORS: the leading candidate, their party, the lead in votes and as a share of all
   * votes; the lead chooses the plural form. English: "D (Congress) leads by 500 votes (0.8%)" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (%s) leads by %s vote (%s)",
                                       "%s (%s) leads by %s votes (%s)", plural_of (votes)),
                          mg_candidate_get_name (leader), party, margin, share);
}

/**
 * mg_seat_text_dup_change:
 * @state: the state @seat belongs to
 *
 * Returns: (transfer full) (nullable): "Gain from INC" when the leader's
 *   party is not the one that held the seat, "Held" when it is, %NULL
 *   without a leader or a previous holder
 */
char *
mg_seat_text_dup_change (MgStateResult  *state,
                         MgConstituency *seat)
{
  MgCandidate *leader;
  const char *previous;

  g_return_val_if_fail (MG_IS_STATE_RESULT (state), NULL);
  g_return_val_if_fail (MG_IS_CONSTITUENCY (seat), NULL);

  leader = mg_constituency_get_leader (seat);
  previous = mg_constituency_get_previous_party (seat);
  if (leader == NULL || previous == NULL)
    return NULL;
  if (g_str_equal (mg_candidate_get_party_id (leader), previous))
    /* TRANSLATORS: the party that held the seat wins or leads it again */
    return g_strdup (C_("seat change", "Held"));
  /* TRANSLATORS: the seat is won or led by another party than the one that held it, named
   * here */
  return g_strdup_printf (_("Gain from %s"), mg_seat_labels_party_name (state, previous));
}

/**
 * mg_seat_text_dup_previous:
 * @state: the state @seat belongs to; its previous election's year is
 *   named when the feed gives it
 *
 * Returns: (transfer full) (nullable): "Held by Congress in 2017, by 1,234
 *   votes", %NULL when the feed does not say who held the seat
 */
char *
mg_seat_text_dup_previous (MgStateResult  *state,
                           MgConstituency *seat)
{
  const char *previous, *party;
  g_autofree char *margin = NULL;
  gint64 votes;
  guint year;

  g_return_val_if_fail (MG_IS_STATE_RESULT (state), NULL);
  g_return_val_if_fail (MG_IS_CONSTITUENCY (seat), NULL);

  previous = mg_constituency_get_previous_party (seat);
  if (previous == NULL)
    return NULL;
  party = mg_seat_labels_party_name (state, previous);
  year = mg_state_result_get_previous_year (state);
  votes = mg_constituency_get_previous_margin (seat);

  if (votes < 0)
    {
      if (year > 0)
        /* TRANSLATORS: the party that won the seat at the previous election, then its year */
        return g_strdup_printf (_("Held by %s in %u"), party, year);
      /* TRANSLATORS: the party that won the seat at the previous election */
      return g_strdup_printf (_("Held by %s last time"), party);
    }

  margin = mg_text_format_count ((guint64) votes);
  if (year > 0)
    /* TRANSLATORS: the party that won the seat at the previous election, its year, and its
     * margin; the margin chooses the plural form. English: "Held by Congress in 2017, by
     * 1,234 votes" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Held by %s in %u, by %s vote",
                                         "Held by %s in %u, by %s votes",
                                         plural_of ((guint64) votes)),
                            party, year, margin);
  /* TRANSLATORS: the party that won the seat at the previous election, and its margin; the
   * margin chooses the plural form */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Held by %s last time, by %s vote",
                                       "Held by %s last time, by %s votes",
                                       plural_of ((guint64) votes)),
                          party, margin);
}

/**
 * mg_seat_text_dup_turnout:
 *
 * Returns: (transfer full) (nullable): "Turnout 47.8% (1,10,000 of
 *   2,30,000 electors)", %NULL when the feed does not give the electors
 */
char *
mg_seat_text_dup_turnout (MgConstituency *seat)
{
  g_autofree char *share = NULL;
  g_autofree char *votes = NULL;
  g_autofree char *electors = NULL;
  guint64 n_electors;

  g_return_val_if_fail (MG_IS_CONSTITUENCY (seat), NULL);

  n_electors = mg_constituency_get_electors (seat);
  if (n_electors == 0)
    return NULL;
  share = format_share (mg_constituency_get_turnout (seat));
  votes = mg_text_format_count (mg_constituency_get_total_votes (seat));
  electors = mg_text_format_count (n_electors);
  /* TRANSLATORS: votes cast as a share of electors, the votes, and the electors; the electors
   * choose the plural form. English: "Turnout 47.8% (1,10,000 of 2,30,000 electors)" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Turnout %s (%s of %s elector)",
                                       "Turnout %s (%s of %s electors)", plural_of (n_electors)),
                          share, votes, electors);
}

/* The seat table's columns: names start-aligned, figures end-aligned. */
enum {
  SEAT_COLUMN_CANDIDATE,
  SEAT_COLUMN_PARTY,
  SEAT_COLUMN_VOTES,
  SEAT_COLUMN_SHARE,
  SEAT_COLUMN_POSTAL,
  N_SEAT_COLUMNS
};

static void
append_seat_row (GString      *out,
                 char        **cells,
                 const gsize  *widths,
                 guint         n_columns)
{
  g_string_append (out, "  ");
  for (guint i = 0; i < n_columns; i++)
    {
      if (i > 0)
        g_string_append (out, "  ");
      mg_text_append_padded (out, cells[i] != NULL ? cells[i] : "", widths[i],
                             i <= SEAT_COLUMN_PARTY ? MG_ALIGN_START : MG_ALIGN_END);
    }
  /* NOTA has no party and no postal votes: no blanks at the end of its line. */
  while (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  g_string_append_c (out, '\n');
}

static void
append_seat_table (GString        *out,
                   MgStateResult  *state,
                   MgConstituency *seat)
{
  g_autoptr (GPtrArray) candidates = g_ptr_array_new ();
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  gsize widths[N_SEAT_COLUMNS] = { 0 };
  guint n_columns = SEAT_COLUMN_POSTAL;
  gint64 nota = mg_constituency_get_nota (seat);
  char **row;

  mg_seat_labels_candidates_by_votes (seat, candidates);
  for (guint i = 0; i < candidates->len; i++)
    if (mg_candidate_get_postal (g_ptr_array_index (candidates, i)) >= 0)
      n_columns = N_SEAT_COLUMNS;

  row = g_new0 (char *, N_SEAT_COLUMNS + 1);
  /* TRANSLATORS: heading of a seat's column of candidates' names */
  row[SEAT_COLUMN_CANDIDATE] = g_strdup (_("Candidate"));
  row[SEAT_COLUMN_PARTY] = g_strdup (_("Party"));
  /* TRANSLATORS: heading of a seat's column of each candidate's votes */
  row[SEAT_COLUMN_VOTES] = g_strdup (C_("seat table", "Votes"));
  /* TRANSLATORS: heading of a seat's column of each candidate's share of the votes */
  row[SEAT_COLUMN_SHARE] = g_strdup (C_("seat table", "Share"));
  /* TRANSLATORS: heading of a seat's column of each candidate's postal votes */
  row[SEAT_COLUMN_POSTAL] = g_strdup (C_("seat table", "Postal"));
  g_ptr_array_add (rows, row);

  for (guint i = 0; i < candidates->len; i++)
    {
      MgCandidate *candidate = g_ptr_array_index (candidates, i);
      gint64 postal = mg_candidate_get_postal (candidate);

      row = g_new0 (char *, N_SEAT_COLUMNS + 1);
      row[SEAT_COLUMN_CANDIDATE] = g_strdup (mg_candidate_get_name (candidate));
      row[SEAT_COLUMN_PARTY] =
        g_strdup (mg_seat_labels_party_name (state, mg_candidate_get_party_id (candidate)));
      row[SEAT_COLUMN_VOTES] = mg_text_format_count (mg_candidate_get_votes (candidate));
      row[SEAT_COLUMN_SHARE] = format_share (mg_constituency_get_share (seat, candidate));
      row[SEAT_COLUMN_POSTAL] = postal >= 0 ? mg_text_format_count ((guint64) postal)
                                            : g_strdup ("—");
      g_ptr_array_add (rows, row);
    }

  if (nota >= 0)
    {
      guint64 total = mg_constituency_get_total_votes (seat);

      row = g_new0 (char *, N_SEAT_COLUMNS + 1);
      /* TRANSLATORS: None of the Above, the choice to reject every candidate */
      row[SEAT_COLUMN_CANDIDATE] = g_strdup (_("NOTA"));
      row[SEAT_COLUMN_PARTY] = g_strdup ("");
      row[SEAT_COLUMN_VOTES] = mg_text_format_count ((guint64) nota);
      row[SEAT_COLUMN_SHARE] = format_share (total > 0 ? 100.0 * (double) nota / (double) total
                                                       : -1);
      row[SEAT_COLUMN_POSTAL] = g_strdup ("");
      g_ptr_array_add (rows, row);
    }

  for (guint r = 0; r < rows->len; r++)
    for (guint i = 0; i < n_columns; i++)
      widths[i] = MAX (widths[i], mg_text_display_width (((char **) rows->pdata[r])[i]));
  for (guint r = 0; r < rows->len; r++)
    append_seat_row (out, g_ptr_array_index (rows, r), widths, n_columns);
}

/**
 * mg_seat_text_format_summary:
 * @election: the results @state is part of, for their time and source
 * @state: the state @seat belongs to
 *
 * Returns: (transfer full): one constituency's result as aligned plain
 *   text: its name, status, who won or leads and by how much, whether the
 *   seat changed hands, turnout, and each candidate's votes
 */
char *
mg_seat_text_format_summary (MgElection     *election,
                             MgStateResult  *state,
                             MgConstituency *seat)
{
  g_autofree char *title = NULL;
  g_autofree char *status = NULL;
  g_autofree char *result = NULL;
  g_autofree char *change = NULL;
  g_autofree char *previous = NULL;
  g_autofree char *turnout = NULL;
  const char *district;
  GString *out;

  g_return_val_if_fail (MG_IS_ELECTION (election), NULL);
  g_return_val_if_fail (MG_IS_STATE_RESULT (state), NULL);
  g_return_val_if_fail (MG_IS_CONSTITUENCY (seat), NULL);

  title = mg_seat_labels_dup_title (seat);
  status = mg_seat_text_dup_status (seat);
  result = mg_seat_text_dup_result (state, seat);
  change = mg_seat_text_dup_change (state, seat);
  previous = mg_seat_text_dup_previous (state, seat);
  turnout = mg_seat_text_dup_turnout (seat);
  district = mg_constituency_get_district (seat);

  out = g_string_new (NULL);
  g_string_append_printf (out, "%s\n", title);
  if (district != NULL)
    {
      g_autofree char *named = NULL;

      /* TRANSLATORS: the district a seat is in, like "Panchmahal district" */
      named = g_strdup_printf (_("%s district"), district);
      g_string_append_printf (out, "  %s · %s\n", mg_state_result_get_name (state), named);
    }
  else
    {
      g_string_append_printf (out, "  %s\n", mg_state_result_get_name (state));
    }
  mg_summary_append_status_line (out, election, status);
  if (result != NULL)
    g_string_append_printf (out, "  %s\n", result);
  if (change != NULL)
    g_string_append_printf (out, "  %s\n", change);
  if (previous != NULL)
    g_string_append_printf (out, "  %s\n", previous);
  if (turnout != NULL)
    g_string_append_printf (out, "  %s\n", turnout);
  g_string_append_c (out, '\n');

  if (mg_constituency_get_n_candidates (seat) > 0)
    append_seat_table (out, state, seat);
  else
    g_string_append_printf (out, "  %s\n", _("No candidates listed yet"));

  if (mg_election_get_source_name (election) != NULL)
    {
      g_string_append_c (out, '\n');
      g_string_append_printf (out, _("Source: %s\n"), mg_election_get_source_name (election));
    }
  return g_string_free (out, FALSE);
}
