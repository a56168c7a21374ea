/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "mg-candidate.h"
#include "mg-constituency.h"
#include "mg-election.h"
#include "mg-party-result.h"
#include "mg-state-result.h"
#include "mg-test-util.h"

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

static MgElection *
load_seats (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "feeds", "good-seats.json", NULL);
  g_autofree char *json = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &json, &length, NULL));
  return mg_test_parse (json, NULL);
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/seats/leader-and-margin", test_leader_and_margin);
  g_test_add_func ("/seats/ties-and-pending", test_ties_and_pending);
  g_test_add_func ("/seats/feed", test_feed_seats);
  g_test_add_func ("/seats/count-parties", test_count_parties);
  g_test_add_func ("/seats/update-in-place", test_update_in_place);

  return g_test_run ();
}
