/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "mg-candidate.h"
#include "mg-constituency.h"
#include "mg-csv-export.h"
#include "mg-election.h"
#include "mg-feed-parser.h"
#include "mg-party-result.h"
#include "mg-seat-labels.h"
#include "mg-seat-text.h"
#include "mg-state-result.h"
#include "mg-summary.h"
#include "mg-test-util.h"
#include "mg-text-util.h"

static MgConstituency *
seat_with (guint64 nota,
           ...)
{
  MgConstituency *seat = mg_constituency_new (1, "Seat");
  g_autoptr (GPtrArray) candidates = g_ptr_array_new_with_free_func (g_object_unref);
  const char *party;
  va_list args;

  va_start (args, nota);
  while ((party = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (candidates, mg_candidate_new (party, party, va_arg (args, guint64), -1));
  va_end (args);
  mg_constituency_set_candidates (seat, (MgCandidate **) candidates->pdata, candidates->len);
  mg_constituency_set_nota (seat, (gint64) nota);
  return seat;
}

/* Leader, runner-up, margin and shares come from the votes, never from the
 * feed's order. */
static void
test_leader_and_margin (void)
{
  g_autoptr (MgConstituency) seat = seat_with (1000, "inc", (guint64) 40000, "bjp", (guint64) 60000,
                                               "ind", (guint64) 9000, NULL);

  g_assert_cmpstr (mg_candidate_get_party_id (mg_constituency_get_leader (seat)), ==, "bjp");
  g_assert_cmpstr (mg_candidate_get_party_id (mg_constituency_get_runner_up (seat)), ==, "inc");
  g_assert_cmpuint (mg_constituency_get_margin (seat), ==, 20000);
  g_assert_cmpuint (mg_constituency_get_total_votes (seat), ==, 110000);
  g_assert_cmpfloat_with_epsilon (mg_constituency_get_margin_share (seat), 18.1818, 0.001);
  g_assert_cmpfloat_with_epsilon (
    mg_constituency_get_share (seat, mg_constituency_get_leader (seat)), 54.5454, 0.001);
  g_assert_cmpfloat (mg_constituency_get_turnout (seat), ==, -1);
  mg_constituency_set_electors (seat, 220000);
  g_assert_cmpfloat_with_epsilon (mg_constituency_get_turnout (seat), 50.0, 0.001);
  /* Votes in and no status given: counting. */
  g_assert_cmpint (mg_constituency_get_status (seat), ==, MG_SEAT_STATUS_COUNTING);
}

/* A tie at the top has no leader and no margin; no votes is pending. */
static void
test_ties_and_pending (void)
{
  g_autoptr (MgConstituency) tie = seat_with (0, "inc", (guint64) 100, "bjp", (guint64) 100, NULL);
  g_autoptr (MgConstituency) empty = seat_with (0, NULL);
  g_autoptr (MgConstituency) alone = seat_with (0, "bjp", (guint64) 7, NULL);

  g_assert_null (mg_constituency_get_leader (tie));
  g_assert_cmpuint (mg_constituency_get_margin (tie), ==, 0);
  g_assert_null (mg_constituency_get_leader (empty));
  g_assert_cmpint (mg_constituency_get_status (empty), ==, MG_SEAT_STATUS_PENDING);
  g_assert_cmpfloat (mg_constituency_get_margin_share (empty), ==, -1);
  g_assert_cmpuint (mg_constituency_get_margin (alone), ==, 7);
  g_assert_null (mg_constituency_get_runner_up (alone));
}

/* good-seats.json, its TEXTs in @languages (%NULL: the user's). */
static MgElection *
load_seats_in (const char * const *languages)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "feeds", "good-seats.json", NULL);
  g_autofree char *json = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &json, &length, NULL));
  return mg_test_parse (json, languages);
}

static MgElection *
load_seats (void)
{
  return load_seats_in (NULL);
}

/* A feed's seats: statuses, reservations, previous holders, and party
 * counts and vote shares taken from the listed seats when left out. */
static void
test_feed_seats (void)
{
  g_autoptr (MgElection) election = load_seats ();
  MgStateResult *gujarat = mg_election_get_state (election, 0);
  MgConstituency *kalol = mg_state_result_find_constituency (gujarat, 38);
  MgConstituency *kalol2 = mg_state_result_find_constituency (gujarat, 127);
  MgConstituency *bhuj = mg_state_result_find_constituency (gujarat, 7);
  MgPartyResult *bjp = mg_state_result_get_party (gujarat, 0);
  MgPartyResult *inc = mg_state_result_get_party (gujarat, 1);
  guint current = 0, total = 0;

  g_assert_cmpuint (mg_state_result_get_n_constituencies (gujarat), ==, 4);
  g_assert_null (mg_state_result_find_constituency (gujarat, 999));
  /* Two seats of one name, told apart by number. */
  g_assert_cmpstr (mg_constituency_get_name (kalol), ==, mg_constituency_get_name (kalol2));
  g_assert_cmpint (mg_constituency_get_status (kalol), ==, MG_SEAT_STATUS_DECLARED);
  g_assert_cmpint (mg_constituency_get_reserved (kalol), ==, MG_RESERVED_SC);
  g_assert_cmpstr (mg_constituency_get_district (kalol), ==, "Panchmahal");
  g_assert_cmpstr (mg_constituency_get_previous_party (kalol), ==, "inc");
  g_assert_cmpint (mg_constituency_get_previous_margin (kalol), ==, 500);
  g_assert_cmpint (mg_candidate_get_postal (mg_constituency_get_leader (kalol)), ==, 500);
  g_assert_true (mg_constituency_get_round (kalol2, &current, &total));
  g_assert_cmpuint (current, ==, 12);
  g_assert_cmpuint (total, ==, 20);
  g_assert_null (mg_constituency_get_leader (bhuj));

  g_assert_cmpuint (mg_party_result_get_won (bjp), ==, 1);
  g_assert_cmpuint (mg_party_result_get_leading (bjp), ==, 0);
  g_assert_cmpuint (mg_party_result_get_won (inc), ==, 0);
  g_assert_cmpuint (mg_party_result_get_leading (inc), ==, 1);
  g_assert_cmpfloat_with_epsilon (mg_party_result_get_vote_percent (bjp), 52.799, 0.01);
  g_assert_cmpuint (mg_state_result_get_decided (gujarat), ==, 1);
}

/* A file of past results: the seats it lacks have no data, are waited for
 * by nobody and are counted in no party's total; vote shares then and now
 * give each party's swing. */
static void
test_no_data_and_swings (void)
{
  static const char json[] =
    "{\"format\": \"matganana-feed\", \"version\": 2, \"states\": [{\"id\": \"gujarat\","
    " \"name\": \"Gujarat\", \"seats\": 5, \"status\": \"final\", \"unlisted\": \"no-data\","
    " \"parties\": [{\"id\": \"bjp\", \"name\": \"BJP\", \"previous_vote_percent\": 49.1},"
    " {\"id\": \"inc\", \"name\": \"Congress\", \"previous_vote_percent\": 41.3},"
    " {\"id\": \"aap\", \"name\": \"AAP\"}],"
    " \"constituencies\": ["
    "  {\"number\": 1, \"name\": \"A\", \"status\": \"declared\", \"candidates\": ["
    "    {\"name\": \"a\", \"party\": \"bjp\", \"votes\": 60}, {\"name\": \"b\", \"party\": \"inc\", \"votes\": 40}]},"
    "  {\"number\": 2, \"name\": \"B\", \"status\": \"declared\", \"candidates\": ["
    "    {\"name\": \"c\", \"party\": \"bjp\", \"votes\": 30}, {\"name\": \"d\", \"party\": \"inc\", \"votes\": 70}]},"
    "  {\"number\": 4, \"name\": \"D\", \"status\": \"declared\", \"candidates\": ["
    "    {\"name\": \"e\", \"party\": \"bjp\", \"votes\": 55}, {\"name\": \"f\", \"party\": \"aap\", \"votes\": 45}]}]}]}";
  g_autoptr (MgElection) election = mg_test_parse (json, NULL);
  MgStateResult *state = mg_election_get_state (election, 0);
  g_autoptr (GArray) missing = mg_state_result_dup_no_data_numbers (state);
  g_autofree char *decided = mg_summary_dup_decided_line (state);
  MgPartyResult *bjp = mg_state_result_get_party (state, 0);
  MgPartyResult *aap = mg_state_result_get_party (state, 2);
  double swing = 0;

  g_assert_cmpuint (mg_state_result_get_no_data (state), ==, 2);
  g_assert_cmpuint (missing->len, ==, 2);
  g_assert_cmpuint (g_array_index (missing, guint, 0), ==, 3);
  g_assert_cmpuint (g_array_index (missing, guint, 1), ==, 5);
  g_assert_cmpuint (mg_state_result_get_decided (state), ==, 3);
  g_assert_cmpuint (mg_state_result_get_undecided (state), ==, 0);
  g_assert_cmpuint (mg_state_result_get_unreported (state), ==, 0);
  g_assert_cmpstr (decided, ==, "3 results of 5 seats, 2 with no data in this file");

  /* BJP: 145 of 300 votes now, 49.1% before. */
  g_assert_true (mg_party_result_get_swing (bjp, &swing));
  g_assert_cmpfloat_with_epsilon (swing, 145.0 / 3 - 49.1, 1e-9);
  g_assert_false (mg_party_result_get_swing (aap, NULL));
}

/* A file of final results that lacks some seats but gives the official
 * totals: the totals stand, taking in the seats without data as won (never
 * as leading, and no more of them than there are), and those seats are
 * decided without their details. */
static void
test_no_data_official_totals (void)
{
  static const char format[] =
    "{\"format\": \"matganana-feed\", \"version\": 2, \"states\": [{\"id\": \"gujarat\","
    " \"name\": \"Gujarat\", \"seats\": 5, \"status\": \"final\", \"unlisted\": \"no-data\","
    " \"parties\": [{\"id\": \"bjp\", \"name\": \"BJP\", \"won\": %u, \"leading\": %u},"
    " {\"id\": \"inc\", \"name\": \"Congress\", \"won\": %u, \"leading\": 0}],"
    " \"constituencies\": ["
    "  {\"number\": 1, \"name\": \"A\", \"status\": \"declared\", \"candidates\": ["
    "    {\"name\": \"a\", \"party\": \"bjp\", \"votes\": 60}, {\"name\": \"b\", \"party\": \"inc\", \"votes\": 40}]},"
    "  {\"number\": 2, \"name\": \"B\", \"status\": \"declared\", \"candidates\": ["
    "    {\"name\": \"c\", \"party\": \"bjp\", \"votes\": 30}, {\"name\": \"d\", \"party\": \"inc\", \"votes\": 70}]},"
    "  {\"number\": 4, \"name\": \"D\", \"status\": \"declared\", \"candidates\": ["
    "    {\"name\": \"e\", \"party\": \"bjp\", \"votes\": 55}, {\"name\": \"f\", \"party\": \"inc\", \"votes\": 45}]}]}]}";
  static const struct {
    guint bjp_won, bjp_leading, inc_won;
    const char *message;
  } bad[] = {
    { 4, 0, 2, "states[0].parties: won counts 3 seats more than the constituencies give, more than the 2 with no data" },
    { 1, 0, 1, "states[0].parties[0].won: 1, but its constituencies give 2" },
    { 2, 1, 1, "states[0].parties[0].leading: 1, but its constituencies give 0" },
  };
  g_autofree char *json = g_strdup_printf (format, 4, 0, 1);
  g_autoptr (MgElection) election = mg_test_parse (json, NULL);
  MgStateResult *state = mg_election_get_state (election, 0);
  g_autofree char *decided = mg_summary_dup_decided_line (state);

  g_assert_cmpuint (mg_party_result_get_won (mg_state_result_get_party (state, 0)), ==, 4);
  g_assert_cmpuint (mg_party_result_get_won (mg_state_result_get_party (state, 1)), ==, 1);
  g_assert_cmpuint (mg_state_result_get_no_data (state), ==, 2);
  g_assert_cmpuint (mg_state_result_get_decided (state), ==, 5);
  g_assert_cmpuint (mg_state_result_get_undecided (state), ==, 0);
  g_assert_cmpuint (mg_state_result_count_seats (state, "bjp", MG_SEAT_STATUS_DECLARED), ==, 2);
  g_assert_cmpstr (decided, ==, "5 of 5 seats decided, 2 with no details in this file");
  g_assert_true (mg_state_result_lacks_seat (state, 3));
  g_assert_true (mg_state_result_lacks_seat (state, 5));
  g_assert_false (mg_state_result_lacks_seat (state, 4));
  g_assert_false (mg_state_result_lacks_seat (state, 6));

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *bad_json = g_strdup_printf (format, bad[i].bjp_won, bad[i].bjp_leading, bad[i].inc_won);
      g_autoptr (GError) error = NULL;
      g_autoptr (MgElection) refused = mg_feed_parse_data (bad_json, strlen (bad_json), NULL, &error);

      g_assert_null (refused);
      g_assert_error (error, MG_FEED_ERROR, MG_FEED_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, bad[i].message);
    }
}

/* A live feed's unlisted seats are still to come, not missing. */
static void
test_unlisted_pending (void)
{
  g_autoptr (MgElection) election = load_seats ();
  MgStateResult *gujarat = mg_election_get_state (election, 0);
  g_autoptr (GArray) missing = mg_state_result_dup_no_data_numbers (gujarat);

  g_assert_cmpuint (mg_state_result_get_no_data (gujarat), ==, 0);
  g_assert_cmpuint (missing->len, ==, 0);
  g_assert_cmpuint (mg_state_result_get_undecided (gujarat), ==,
                    mg_state_result_get_seats (gujarat) - mg_state_result_get_decided (gujarat));
}

/* Every party's counts in one pass are what counting party by party gives. */
static void
test_count_parties (void)
{
  g_autoptr (MgElection) election = load_seats ();
  MgStateResult *gujarat = mg_election_get_state (election, 0);
  guint n = mg_state_result_get_n_parties (gujarat);
  g_autofree guint *won = g_new (guint, n);
  g_autofree guint *leading = g_new (guint, n);
  g_autofree double *vote_share = g_new (double, n);

  mg_state_result_count_parties (gujarat, won, leading, vote_share);
  for (guint i = 0; i < n; i++)
    {
      const char *id = mg_party_result_get_id (mg_state_result_get_party (gujarat, i));

      g_assert_cmpuint (won[i], ==,
                        mg_state_result_count_seats (gujarat, id, MG_SEAT_STATUS_DECLARED));
      g_assert_cmpuint (leading[i], ==,
                        mg_state_result_count_seats (gujarat, id, MG_SEAT_STATUS_COUNTING));
      g_assert_cmpfloat (vote_share[i], ==, mg_state_result_get_vote_share (gujarat, id));
    }
  g_assert_cmpuint (won[0], ==, 1);
  g_assert_cmpuint (leading[1], ==, 1);
}

/* A changed feed updates the same seat objects in place. */
static void
test_update_in_place (void)
{
  g_autoptr (MgElection) shown = load_seats ();
  g_autoptr (MgElection) next = load_seats ();
  MgStateResult *state = mg_election_get_state (shown, 0);
  g_autoptr (MgConstituency) kalol2 = g_object_ref (mg_state_result_find_constituency (state, 127));
  MgConstituency *incoming = mg_state_result_find_constituency (mg_election_get_state (next, 0), 127);
  g_autoptr (GPtrArray) candidates = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (candidates, mg_candidate_new ("D", "inc", 30000, -1));
  g_ptr_array_add (candidates, mg_candidate_new ("E", "bjp", 31000, -1));
  mg_constituency_set_candidates (incoming, (MgCandidate **) candidates->pdata, candidates->len);

  g_assert_true (mg_election_update_from (shown, next));
  g_assert_true (mg_state_result_find_constituency (state, 127) == kalol2);
  g_assert_cmpstr (mg_candidate_get_party_id (mg_constituency_get_leader (kalol2)), ==, "bjp");
  g_assert_cmpuint (mg_constituency_get_margin (kalol2), ==, 1000);
  g_assert_false (mg_election_update_from (shown, next));
}

/* The numbers of @state's seats that @typed finds, in feed order. */
static char *
found_by (MgStateResult *state,
          const char    *typed)
{
  g_autofree char *folded = mg_text_fold_for_search (typed);
  GString *found = g_string_new (NULL);

  for (guint i = 0; i < mg_state_result_get_n_constituencies (state); i++)
    {
      MgConstituency *seat = mg_state_result_get_constituency (state, i);

      if (mg_seat_labels_matches (seat, folded))
        g_string_append_printf (found, "%s%u", found->len > 0 ? " " : "", mg_constituency_get_number (seat));
    }
  return g_string_free (found, FALSE);
}

/* The seat search finds a seat by its name in the script typed, Devanagari
 * or Latin, in any case, whatever the UI's language; by its number in
 * either script's digits. */
static void
test_search (void)
{
  static const char *english[] = { "en", NULL };
  static const char *hindi[] = { "hi", NULL };
  const char * const *languages[] = { english, hindi };
  static const struct {
    const char *typed;
    const char *found;
  } cases[] = {
    { "कलोल", "38 127" },
    { "कल", "38 127" },
    { " KaLoL ", "38 127" },
    { "kal", "38 127" },
    { "भुज", "7" },
    { "BHUJ", "7" },
    { "अबडासा", "5" },
    { "12", "127" },
    { "१२७", "127" },
    { "3", "38" },
    { "", "38 127 5 7" },
    { "  ", "38 127 5 7" },
    { "kalol bhuj", "" },
    { "x", "" },
  };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr (MgElection) election = load_seats_in (languages[l]);
      MgStateResult *gujarat = mg_election_get_state (election, 0);

      g_assert_cmpstr (mg_constituency_get_name (mg_state_result_find_constituency (gujarat, 38)), ==,
                       l == 0 ? "Kalol" : "कलोल");
      for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
        {
          g_autofree char *found = found_by (gujarat, cases[i].typed);

          if (g_strcmp0 (found, cases[i].found) != 0)
            g_error ("%s: “%s” found “%s”, not “%s”", languages[l][0], cases[i].typed, found, cases[i].found);
        }
    }

  /* A nukta typed as one character (U+095B) or after its letter: one
   * letter. A name changed by an update is searched as it is now. */
  {
    g_autoptr (MgConstituency) seat = mg_constituency_new (1, "Naza\u0301r");
    g_autoptr (MgConstituency) renamed = mg_constituency_new (1, "\u0928\u091c\u093c\u0930");
    g_autofree char *nukta = mg_text_fold_for_search ("\u095b");
    g_autofree char *accent = mg_text_fold_for_search ("NAZ\u00c1R");
    g_autofree char *before = mg_text_fold_for_search ("naz");

    mg_constituency_take_other_names (renamed, g_strdup ("Nazar\n"));
    g_assert_true (mg_seat_labels_matches (seat, accent));
    g_assert_false (mg_seat_labels_matches (seat, nukta));
    g_assert_true (mg_constituency_update_from (seat, renamed));
    g_assert_true (mg_seat_labels_matches (seat, nukta));
    g_assert_true (mg_seat_labels_matches (seat, before));
    g_assert_false (mg_seat_labels_matches (seat, accent));
    g_assert_false (mg_constituency_update_from (seat, renamed));
  }
}

/* The chart's dots as seats: a party's won seats, then its leading ones,
 * each widest margin first. */
static void
test_party_seats (void)
{
  g_autoptr (MgElection) election = load_seats ();
  MgStateResult *state = mg_election_get_state (election, 0);

  g_assert_cmpuint (mg_constituency_get_number (
                      mg_state_result_get_party_seat (state, "bjp", MG_SEAT_STATUS_DECLARED, 0)), ==, 38);
  g_assert_null (mg_state_result_get_party_seat (state, "bjp", MG_SEAT_STATUS_DECLARED, 1));
  g_assert_cmpuint (mg_constituency_get_number (
                      mg_state_result_get_party_seat (state, "inc", MG_SEAT_STATUS_COUNTING, 0)), ==, 127);
  g_assert_null (mg_state_result_get_party_seat (state, "ind", MG_SEAT_STATUS_COUNTING, 0));
}

/* How a seat is told in words: status, result, change and the previous
 * holder, with the previous election's year when the state gives it. */
static void
test_seat_text (void)
{
  g_autoptr (MgElection) election = load_seats ();
  MgStateResult *gujarat = mg_election_get_state (election, 0);
  MgConstituency *kalol = mg_state_result_find_constituency (gujarat, 38);
  MgConstituency *kalol2 = mg_state_result_find_constituency (gujarat, 127);
  MgConstituency *abdasa = mg_state_result_find_constituency (gujarat, 5);
  MgConstituency *bhuj = mg_state_result_find_constituency (gujarat, 7);
  g_autofree char *declared = mg_seat_text_dup_status (kalol);
  g_autofree char *counting = mg_seat_text_dup_status (kalol2);
  g_autofree char *pending = mg_seat_text_dup_status (abdasa);
  g_autofree char *won = mg_seat_text_dup_result (gujarat, kalol);
  g_autofree char *leads = mg_seat_text_dup_result (gujarat, kalol2);
  g_autofree char *tied = mg_seat_text_dup_result (gujarat, bhuj);
  g_autofree char *nothing = mg_seat_text_dup_result (gujarat, abdasa);
  g_autofree char *gain = mg_seat_text_dup_change (gujarat, kalol);
  g_autofree char *no_change = mg_seat_text_dup_change (gujarat, kalol2);
  g_autofree char *turnout = mg_seat_text_dup_turnout (kalol);
  g_autofree char *last_time = mg_seat_text_dup_previous (gujarat, kalol);
  g_autofree char *in_year = NULL;
  g_autofree char *held = NULL;

  g_assert_cmpstr (declared, ==, "Declared");
  g_assert_cmpstr (counting, ==, "Counting, round 12 of 20");
  g_assert_cmpstr (pending, ==, "Awaiting results");
  g_assert_cmpstr (won, ==, "A (BJP) won by 20,000 votes (18.2%)");
  g_assert_cmpstr (leads, ==, "D (Congress) leads by 500 votes (0.8%)");
  g_assert_cmpstr (tied, ==, "Tied at the top at 100 votes");
  g_assert_null (nothing);
  g_assert_cmpstr (gain, ==, "Gain from Congress");
  /* No previous holder given: no change to tell. */
  g_assert_null (no_change);
  g_assert_cmpstr (turnout, ==, "Turnout 47.8% (1,10,000 of 2,30,000 electors)");
  g_assert_cmpstr (last_time, ==, "Held by Congress last time, by 500 votes");

  mg_state_result_set_previous_year (gujarat, 2017);
  in_year = mg_seat_text_dup_previous (gujarat, kalol);
  g_assert_cmpstr (in_year, ==, "Held by Congress in 2017, by 500 votes");
  mg_constituency_set_previous (kalol, "bjp", -1);
  held = mg_seat_text_dup_change (gujarat, kalol);
  g_assert_cmpstr (held, ==, "Held");
  g_clear_pointer (&in_year, g_free);
  in_year = mg_seat_text_dup_previous (gujarat, kalol);
  g_assert_cmpstr (in_year, ==, "Held by BJP in 2017");
}

/* The sentence a screen reader hears for a seat's row, whole: declared,
 * counting with and without its round, awaiting, and tied at the top. */
static void
test_row_sentence (void)
{
  static const char *english[] = { "en", NULL };
  g_autoptr (MgElection) election = load_seats_in (english);
  MgStateResult *gujarat = mg_election_get_state (election, 0);
  static const struct {
    guint number;
    const char *sentence;
  } cases[] = {
    { 38, "38 Kalol (SC): BJP’s candidate won by 20,000 votes" },
    { 127, "127 Kalol: Congress’s candidate leads by 500 votes, round 12 of 20" },
    { 5, "5 Abdasa: awaiting results" },
    { 7, "7 Bhuj: no candidate ahead" },
  };
  g_autoptr (MgConstituency) no_round = seat_with (0, "bjp", (guint64) 123456, "inc", (guint64) 122222, NULL);
  g_autofree char *counting = mg_seat_labels_dup_sentence (gujarat, no_round);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *sentence =
        mg_seat_labels_dup_sentence (gujarat, mg_state_result_find_constituency (gujarat, cases[i].number));

      g_assert_cmpstr (sentence, ==, cases[i].sentence);
    }
  /* Indian digit grouping; no round given, none said. */
  g_assert_cmpstr (counting, ==, "1 Seat: BJP’s candidate leads by 1,234 votes");
  mg_constituency_set_round (no_round, 12, 20);
  g_clear_pointer (&counting, g_free);
  counting = mg_seat_labels_dup_sentence (gujarat, no_round);
  g_assert_cmpstr (counting, ==, "1 Seat: BJP’s candidate leads by 1,234 votes, round 12 of 20");
}

/* The seat's table lists candidates by votes, whatever the feed's order,
 * with the parties' short names. */
static void
test_seat_summary_order (void)
{
  g_autoptr (MgElection) election = load_seats ();
  MgStateResult *gujarat = mg_election_get_state (election, 0);
  g_autoptr (MgConstituency) seat = seat_with (0, "ind", (guint64) 9000, "inc", (guint64) 40000,
                                               "bjp", (guint64) 60000, NULL);
  g_autofree char *text = NULL;
  const char *bjp, *inc, *ind;

  mg_party_result_set_short_name (mg_state_result_get_party (gujarat, 1), "INC");
  text = mg_seat_text_format_summary (election, gujarat, seat);
  bjp = strstr (text, "\n  bjp  ");
  inc = strstr (text, "\n  inc  ");
  ind = strstr (text, "\n  ind  ");
  g_assert_nonnull (bjp);
  g_assert_nonnull (inc);
  g_assert_nonnull (ind);
  g_assert_true (bjp < inc && inc < ind);
  g_assert_nonnull (strstr (text, "\n  bjp        BJP           60,000  55.0%\n"));
  g_assert_nonnull (strstr (text, "\n  inc        INC           40,000  36.7%\n"));
  g_assert_nonnull (strstr (text, "\n  ind        Independents   9,000   8.3%\n"));
  /* NOTA last, whatever its votes. */
  g_assert_true (g_str_has_suffix (text, "\n  NOTA                          0   0.0%\n"));
  g_assert_nonnull (strstr (text, "\n  bjp (BJP) leads by 20,000 votes (18.3%)\n"));
}

/* RFC 4180: a field is quoted only when it must be, with its quotes
 * doubled; line breaks stay inside the quotes. */
static void
test_csv_quoting (void)
{
  static const struct {
    const char *field;
    const char *written;
  } cases[] = {
    { "Kalol", "Kalol" },
    { "", "" },
    { "कलोल", "कलोल" },
    { "Kalol, East", "\"Kalol, East\"" },
    { "the \"new\" Kalol", "\"the \"\"new\"\" Kalol\"" },
    { "Kalol\nEast", "\"Kalol\nEast\"" },
    { "Kalol\r\nEast", "\"Kalol\r\nEast\"" },
    { "\"", "\"\"\"\"" },
    { " spaced ", " spaced " },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GString) out = g_string_new (NULL);

      mg_csv_append_field (out, cases[i].field);
      g_assert_cmpstr (out->str, ==, cases[i].written);
    }
  {
    g_autoptr (GString) out = g_string_new (NULL);

    mg_csv_append_field (out, NULL);
    g_assert_cmpstr (out->str, ==, "");
  }
}

/* A whole export with names that need quoting, made by hand because a feed
 * may not carry a line break in a name. */
static void
test_csv_export (void)
{
  g_autoptr (MgElection) election = mg_election_new ();
  g_autoptr (MgStateResult) state = mg_state_result_new ("gujarat");
  g_autoptr (MgPartyResult) bjp = mg_party_result_new ("bjp");
  g_autoptr (MgPartyResult) inc = mg_party_result_new ("inc");
  g_autoptr (MgConstituency) seat = mg_constituency_new (38, "Kalol, \"East\"\nNorth");
  g_autoptr (GPtrArray) candidates = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GBytes) csv = NULL;
  static const char expected[] =
    "state,number,name,reserved,status,round,leader,leader_party,leader_votes,"
    "runner_up,runner_up_party,runner_up_votes,margin,previous_party\r\n"
    "gujarat,38,\"Kalol, \"\"East\"\"\nNorth\",ST,declared,20/20,"
    "\"Patel, A.\",bjp,60000,\"B \"\"Bhai\"\"\",inc,40000,20000,inc\r\n";
  gsize length;
  const char *data;

  g_ptr_array_add (candidates, mg_candidate_new ("B \"Bhai\"", "inc", 40000, -1));
  g_ptr_array_add (candidates, mg_candidate_new ("Patel, A.", "bjp", 60000, 500));
  mg_constituency_set_candidates (seat, (MgCandidate **) candidates->pdata, candidates->len);
  mg_constituency_set_reserved (seat, MG_RESERVED_ST);
  mg_constituency_set_given_status (seat, MG_SEAT_STATUS_DECLARED);
  mg_constituency_set_round (seat, 20, 20);
  mg_constituency_set_previous (seat, "inc", 500);
  mg_state_result_append_party (state, bjp);
  mg_state_result_append_party (state, inc);
  mg_state_result_set_constituencies (state, &seat, 1);
  mg_election_set_states (election, &state, 1);

  csv = mg_csv_export_seats (election, NULL);
  data = g_bytes_get_data (csv, &length);
  g_assert_cmpmem (data, length, expected, strlen (expected));
}

/* A name a spreadsheet would take for a formula is written as text. */
static void
test_csv_formula_names (void)
{
  g_autoptr (MgElection) election = mg_election_new ();
  g_autoptr (MgStateResult) state = mg_state_result_new ("gujarat");
  g_autoptr (MgPartyResult) bjp = mg_party_result_new ("bjp");
  g_autoptr (MgConstituency) seat = mg_constituency_new (1, "=HYPERLINK(\"http://x\")");
  g_autoptr (GPtrArray) candidates = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GBytes) csv = NULL;
  static const char expected[] =
    "state,number,name,reserved,status,round,leader,leader_party,leader_votes,"
    "runner_up,runner_up_party,runner_up_votes,margin,previous_party\r\n"
    "gujarat,1,\"'=HYPERLINK(\"\"http://x\"\")\",,counting,,'@A,bjp,7,'-B,bjp,5,2,\r\n";
  gsize length;
  const char *data;

  g_ptr_array_add (candidates, mg_candidate_new ("@A", "bjp", 7, -1));
  g_ptr_array_add (candidates, mg_candidate_new ("-B", "bjp", 5, -1));
  mg_constituency_set_candidates (seat, (MgCandidate **) candidates->pdata, candidates->len);
  mg_state_result_append_party (state, bjp);
  mg_state_result_set_constituencies (state, &seat, 1);
  mg_election_set_states (election, &state, 1);

  csv = mg_csv_export_seats (election, NULL);
  data = g_bytes_get_data (csv, &length);
  g_assert_cmpmem (data, length, expected, strlen (expected));
}

static guint
count_files (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

/* Saving replaces the file whole, and a failure leaves nothing behind. */
static void
test_csv_save (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("mg-csv-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *contents = NULL;
  g_autoptr (GBytes) first = g_bytes_new_static ("a,b\r\n", 5);
  g_autoptr (GBytes) second = g_bytes_new_static ("c\r\n", 3);
  gsize length;

  g_assert_no_error (error);
  path = g_build_filename (dir, "seats.csv", NULL);
  missing = g_build_filename (dir, "no-such-folder", "seats.csv", NULL);
  folder = g_build_filename (dir, "folder", NULL);

  g_assert_true (mg_csv_export_save (first, path, &error));
  g_assert_no_error (error);
  g_assert_true (mg_csv_export_save (second, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, "c\r\n", 3);
  g_assert_cmpuint (count_files (dir), ==, 1);

  g_assert_false (mg_csv_export_save (first, missing, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_clear_error (&error);
  /* Onto a folder: the rename fails, and the temporary file beside it goes. */
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_false (mg_csv_export_save (first, folder, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR);
  g_clear_error (&error);
  g_assert_cmpuint (count_files (dir), ==, 2);

  g_assert_cmpint (g_rmdir (folder), ==, 0);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/seats/leader-and-margin", test_leader_and_margin);
  g_test_add_func ("/seats/ties-and-pending", test_ties_and_pending);
  g_test_add_func ("/seats/feed", test_feed_seats);
  g_test_add_func ("/seats/count-parties", test_count_parties);
  g_test_add_func ("/seats/no-data-and-swings", test_no_data_and_swings);
  g_test_add_func ("/seats/no-data-official-totals", test_no_data_official_totals);
  g_test_add_func ("/seats/unlisted-pending", test_unlisted_pending);
  g_test_add_func ("/seats/update-in-place", test_update_in_place);
  g_test_add_func ("/seats/party-seats", test_party_seats);
  g_test_add_func ("/seats/search", test_search);
  g_test_add_func ("/seats/text", test_seat_text);
  g_test_add_func ("/seats/row-sentence", test_row_sentence);
  g_test_add_func ("/seats/summary-order", test_seat_summary_order);
  g_test_add_func ("/seats/csv/quoting", test_csv_quoting);
  g_test_add_func ("/seats/csv/export", test_csv_export);
  g_test_add_func ("/seats/csv/formula-names", test_csv_formula_names);
  g_test_add_func ("/seats/csv/save", test_csv_save);

  return g_test_run ();
}
