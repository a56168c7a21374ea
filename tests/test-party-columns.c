/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "mg-election.h"
#include "mg-feed-parser.h"
#include "mg-party-columns.h"
#include "mg-party-result.h"
#include "mg-state-result.h"
#include "mg-summary.h"
#include "mg-test-util.h"

/* Vote shares but no previous results; the second state has one party with
 * a previous result and no year for it. */
static const char feed_without_previous[] =
  "{ \"format\": \"matganana-feed\", \"version\": 1, \"states\": ["
  "  { \"id\": \"votes\", \"name\": \"Votes Only\", \"seats\": 40,"
  "    \"parties\": ["
  "      { \"id\": \"x\", \"name\": \"Xparty\", \"won\": 10, \"leading\": 5,"
  "        \"vote_percent\": 52.5 },"
  "      { \"id\": \"y\", \"name\": \"Yparty\", \"won\": 3, \"leading\": 2 } ] },"
  "  { \"id\": \"partial\", \"name\": \"Partial\", \"seats\": 40,"
  "    \"parties\": ["
  "      { \"id\": \"x\", \"name\": \"Xparty\", \"won\": 20, \"leading\": 0, \"previous\": 25 },"
  "      { \"id\": \"y\", \"name\": \"Yparty\", \"won\": 15, \"leading\": 0 } ] } ] }";

static MgElection *
parse_without_previous (void)
{
  g_autoptr (GError) error = NULL;
  MgElection *election = mg_feed_parse_data (feed_without_previous, strlen (feed_without_previous),
                                             NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (election);
  return election;
}

static void
assert_cells (MgStateResult       *state,
              guint                position,
              const char * const  *expected)
{
  MgPartyResult *party = mg_state_result_get_party (state, position);

  for (MgPartyColumn c = 0; c < MG_N_PARTY_COLUMNS; c++)
    {
      g_autofree char *text = mg_party_column_dup_cell (c, state, party);

      g_assert_cmpstr (text, ==, expected[c]);
    }
}

static void
assert_titles (MgStateResult      *state,
               const char * const *expected)
{
  for (MgPartyColumn c = 0; c < MG_N_PARTY_COLUMNS; c++)
    {
      g_autofree char *title = mg_party_column_dup_title (c, state);

      g_assert_cmpstr (title, ==, expected[c]);
    }
}

/* The text summary's table header is the shown columns' titles, in order. */
static void
assert_summary_header (MgElection    *election,
                       MgStateResult *state)
{
  g_autofree char *text = mg_summary_format_text (election, state, FALSE);
  g_autoptr (GString) expected = g_string_new (NULL);
  g_autoptr (GString) header = g_string_new (NULL);
  const char *line;

  for (MgPartyColumn c = 0; c < MG_N_PARTY_COLUMNS; c++)
    {
      g_autofree char *title = mg_party_column_dup_title (c, state);

      if (!mg_party_column_shown (c, state))
        continue;
      if (expected->len > 0)
        g_string_append_c (expected, ' ');
      g_string_append (expected, title);
    }

  line = strstr (text, "\n  Party ");
  g_assert_nonnull (line);
  /* The padding squeezed to one space. */
  for (const char *p = line + 3; *p != '\0' && *p != '\n'; p++)
    if (*p != ' ' || (p[1] != ' ' && p[1] != '\n' && p[1] != '\0'))
      g_string_append_c (header, *p);
  g_assert_cmpstr (header->str, ==, expected->str);
}

/* The bundled feed: previous results and their year, no vote shares. */
static void
test_with_previous (void)
{
  g_autoptr (MgElection) election = mg_test_load_bundled (NULL);
  MgStateResult *himachal = mg_election_find_state (election, "himachal-pradesh", NULL);

  g_assert_nonnull (himachal);
  g_assert_true (mg_party_column_shown (MG_PARTY_COLUMN_PARTY, himachal));
  g_assert_true (mg_party_column_shown (MG_PARTY_COLUMN_WON, himachal));
  g_assert_true (mg_party_column_shown (MG_PARTY_COLUMN_LEADING, himachal));
  g_assert_true (mg_party_column_shown (MG_PARTY_COLUMN_TOTAL, himachal));
  g_assert_true (mg_party_column_shown (MG_PARTY_COLUMN_CHANGE, himachal));
  g_assert_false (mg_party_column_shown (MG_PARTY_COLUMN_VOTES, himachal));

  assert_titles (himachal, (const char *[]) { "Party", "Won", "Leading", "Total", "± 2017",
                                              "Votes %" });
  assert_cells (himachal, 0, (const char *[]) { "Congress", "22", "17", "39", "+18", "—" });
  assert_cells (himachal, 1, (const char *[]) { "BJP", "14", "12", "26", "−18", "—" });
  assert_summary_header (election, himachal);
}

/* Vote shares without previous results; a previous result without a year. */
static void
test_without_previous (void)
{
  g_autoptr (MgElection) election = parse_without_previous ();
  MgStateResult *votes = mg_election_get_state (election, 0);
  MgStateResult *partial = mg_election_get_state (election, 1);

  g_assert_false (mg_party_column_shown (MG_PARTY_COLUMN_CHANGE, votes));
  g_assert_true (mg_party_column_shown (MG_PARTY_COLUMN_VOTES, votes));
  g_assert_true (mg_party_column_shown (MG_PARTY_COLUMN_TOTAL, votes));
  assert_titles (votes, (const char *[]) { "Party", "Won", "Leading", "Total", "Change",
                                           "Votes %" });
  assert_cells (votes, 0, (const char *[]) { "Xparty", "10", "5", "15", "—", "52.5" });
  assert_cells (votes, 1, (const char *[]) { "Yparty", "3", "2", "5", "—", "—" });
  assert_summary_header (election, votes);

  /* One party's previous result is enough for the column. */
  g_assert_true (mg_party_column_shown (MG_PARTY_COLUMN_CHANGE, partial));
  g_assert_false (mg_party_column_shown (MG_PARTY_COLUMN_VOTES, partial));
  assert_cells (partial, 0, (const char *[]) { "Xparty", "20", "0", "20", "−5", "—" });
  assert_cells (partial, 1, (const char *[]) { "Yparty", "15", "0", "15", "—", "—" });
  assert_summary_header (election, partial);

  /* The rule follows the data as it changes in place. */
  mg_party_result_set_previous (mg_state_result_get_party (partial, 0), MG_PARTY_RESULT_UNKNOWN);
  g_assert_false (mg_party_column_shown (MG_PARTY_COLUMN_CHANGE, partial));
  mg_party_result_set_vote_percent (mg_state_result_get_party (partial, 1), 0);
  g_assert_true (mg_party_column_shown (MG_PARTY_COLUMN_VOTES, partial));
  assert_cells (partial, 1, (const char *[]) { "Yparty", "15", "0", "15", "—", "0.0" });
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/party-columns/with-previous", test_with_previous);
  g_test_add_func ("/party-columns/without-previous", test_without_previous);

  return g_test_run ();
}
