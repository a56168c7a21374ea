/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "mg-election.h"
#include "mg-feed-parser.h"
#include "mg-watch-alerts.h"
#include "mg-watchlist.h"

#define URI "http://127.0.0.1:1/feed.json"

static char *
seats_feed (const char *from,
            const char *to)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "feeds", "good-seats.json", NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  GString *text;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  text = g_string_new (contents);
  if (from != NULL)
    g_assert_cmpuint (g_string_replace (text, from, to, 1), ==, 1);
  return g_string_free (text, FALSE);
}

static MgElection *
parse (const char *text)
{
  g_autoptr (GBytes) body = g_bytes_new (text, strlen (text));
  g_autoptr (GError) error = NULL;
  MgElection *election = mg_feed_parse (body, NULL, &error);

  g_assert_no_error (error);
  return election;
}

/* Only Gujarat's seat 127 (Kalol) is watched. */
static gboolean
watches_127 (const char *state_id,
             guint       number,
             const char *candidate,
             gpointer    user_data)
{
  if (candidate != NULL)
    return FALSE;
  (*(guint *) user_data)++;
  return g_str_equal (state_id, "gujarat") && number == 127;
}

static GPtrArray *
alerts_between (const char *before_from,
                const char *before_to,
                const char *after_from,
                const char *after_to)
{
  g_autofree char *before_text = seats_feed (before_from, before_to);
  g_autofree char *after_text = seats_feed (after_from, after_to);
  g_autoptr (MgElection) before = parse (before_text);
  g_autoptr (MgElection) after = parse (after_text);
  guint asked = 0;
  GPtrArray *alerts = mg_watch_alerts_find (before, after, 2.0, watches_127, &asked);

  /* Every seat of the feed was asked about. */
  g_assert_cmpuint (asked, ==, 4);
  return alerts;
}

/* Kalol (127): Congress's D leads E of the BJP by 500 of 59,500 votes
 * (0.8%, a close contest), round 12 of 20. */
static void
test_alerts (void)
{
  g_autoptr (GPtrArray) none = alerts_between (NULL, NULL, NULL, NULL);
  g_autoptr (GPtrArray) leader = NULL;
  g_autoptr (GPtrArray) declared = NULL;
  g_autoptr (GPtrArray) close = NULL;
  g_autoptr (GPtrArray) other = NULL;
  MgWatchAlert *alert;

  g_assert_cmpuint (none->len, ==, 0);

  /* E takes the lead: no longer close, but another leader. */
  leader = alerts_between (NULL, NULL, "\"votes\": 29500", "\"votes\": 39500");
  g_assert_cmpuint (leader->len, ==, 1);
  alert = g_ptr_array_index (leader, 0);
  g_assert_cmpstr (alert->state_id, ==, "gujarat");
  g_assert_cmpuint (alert->number, ==, 127);
  g_assert_cmpint (alert->events, ==, MG_WATCH_LEADER_CHANGED);
  g_assert_cmpstr (alert->title, ==, "127 · Kalol: BJP now leads");
  g_test_message ("%s", alert->body);
  g_assert_nonnull (strstr (alert->body, "127"));

  /* Declared for D. */
  declared = alerts_between (NULL, NULL, "\"round\": {\n      \"current\": 12,",
                             "\"status\": \"declared\",\n     \"round\": {\n      \"current\": 20,");
  g_assert_cmpuint (declared->len, ==, 1);
  alert = g_ptr_array_index (declared, 0);
  g_assert_cmpint (alert->events, ==, MG_WATCH_DECLARED);
  g_assert_cmpstr (alert->title, ==, "127 · Kalol: Congress wins");

  /* From a margin of 10,000 in 50,000 (20%) to 500: a close contest. */
  close = alerts_between ("\"votes\": 29500", "\"votes\": 20000", NULL, NULL);
  g_assert_cmpuint (close->len, ==, 1);
  alert = g_ptr_array_index (close, 0);
  g_assert_cmpint (alert->events, ==, MG_WATCH_CLOSE);
  g_assert_cmpstr (alert->title, ==, "127 · Kalol: a close contest");

  /* A seat not watched (Bhuj, 7) changing leader says nothing. */
  other = alerts_between (NULL, NULL, "\"votes\": 100\n      },\n      {\n       \"name\": \"G\"",
                          "\"votes\": 90\n      },\n      {\n       \"name\": \"G\"");
  g_assert_cmpuint (other->len, ==, 0);
}

/* Only candidate @user_data of Gujarat's Kalol (127) is watched, not the
 * seat. */
static gboolean
watches_candidate (const char *state_id,
                   guint       number,
                   const char *candidate,
                   gpointer    user_data)
{
  return candidate != NULL && g_str_equal (state_id, "gujarat") && number == 127 &&
         g_str_equal (candidate, user_data);
}

static MgWatchAlert *
candidate_alert (const char *watched,
                 const char *after_from,
                 const char *after_to)
{
  g_autofree char *before_text = seats_feed (NULL, NULL);
  g_autofree char *after_text = seats_feed (after_from, after_to);
  g_autoptr (MgElection) before = parse (before_text);
  g_autoptr (MgElection) after = parse (after_text);
  g_autoptr (GPtrArray) alerts = mg_watch_alerts_find (before, after, 2.0, watches_candidate,
                                                       (gpointer) watched);
  MgWatchAlert *alert;

  if (alerts->len == 0)
    return NULL;
  g_assert_cmpuint (alerts->len, ==, 1);
  alert = g_ptr_array_steal_index (alerts, 0);
  g_assert_cmpstr (alert->state_id, ==, "gujarat");
  g_assert_cmpuint (alert->number, ==, 127);
  return alert;
}

/* A watched candidate's news is told in the candidate's words, though the
 * seat itself is not watched: Kalol (127), where Congress's D leads E of
 * the BJP by 500 votes. */
static void
test_candidate_alerts (void)
{
  const char *lead = "\"votes\": 29500", *overtakes = "\"votes\": 39500";
  const char *counting = "\"round\": {\n      \"current\": 12,";
  const char *declared = "\"status\": \"declared\",\n     \"round\": {\n      \"current\": 20,";
  MgWatchAlert *alert;

  alert = candidate_alert ("E", lead, overtakes);
  g_assert_cmpint (alert->events, ==, MG_WATCH_LEADER_CHANGED);
  g_assert_cmpstr (alert->candidate, ==, "E");
  g_assert_cmpstr (alert->title, ==, "E now leads in 127 · Kalol");
  mg_watch_alert_free (alert);

  alert = candidate_alert ("D", lead, overtakes);
  g_assert_cmpstr (alert->candidate, ==, "D");
  g_assert_cmpstr (alert->title, ==, "D now trails in 127 · Kalol");
  mg_watch_alert_free (alert);

  alert = candidate_alert ("D", counting, declared);
  g_assert_cmpint (alert->events, ==, MG_WATCH_DECLARED);
  g_assert_cmpstr (alert->title, ==, "D wins 127 · Kalol");
  mg_watch_alert_free (alert);

  alert = candidate_alert ("E", counting, declared);
  g_assert_cmpstr (alert->title, ==, "E loses 127 · Kalol");
  g_assert_nonnull (strstr (alert->body, "127"));
  mg_watch_alert_free (alert);

  /* Nothing happened in Kalol: nothing to say of D. */
  g_assert_null (candidate_alert ("D", NULL, NULL));
  /* Nobody of that name stands there. */
  g_assert_null (candidate_alert ("Z", lead, overtakes));
}

/* Watched seats are kept per feed in the settings, and come back. */
static void
test_watchlist (void)
{
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  g_autoptr (MgWatchlist) first = mg_watchlist_new (settings);
  g_autoptr (MgWatchlist) again = mg_watchlist_new (settings);
  g_autoptr (GVariant) kept = NULL;
  g_autofree char *printed = NULL;

  g_settings_reset (settings, "watched-seats");
  mg_watchlist_set_uri (first, URI);
  g_assert_cmpuint (mg_watchlist_get_n_seats (first), ==, 0);
  mg_watchlist_set_watched (first, "gujarat", 127, TRUE);
  mg_watchlist_set_watched (first, "himachal-pradesh", 3, TRUE);
  mg_watchlist_set_watched (first, "gujarat", 127, TRUE);
  g_assert_cmpuint (mg_watchlist_get_n_seats (first), ==, 2);
  g_assert_true (mg_watchlist_contains (first, "gujarat", 127));
  g_assert_false (mg_watchlist_contains (first, "gujarat", 12));

  kept = g_settings_get_value (settings, "watched-seats");
  printed = g_variant_print (kept, FALSE);
  g_assert_cmpstr (printed, ==, "{'" URI "': ['gujarat#127', 'himachal-pradesh#3']}");

  mg_watchlist_set_uri (again, URI);
  g_assert_true (mg_watchlist_contains (again, "himachal-pradesh", 3));
  mg_watchlist_set_uri (again, "http://127.0.0.1:2/other.json");
  g_assert_cmpuint (mg_watchlist_get_n_seats (again), ==, 0);

  /* A candidate watched: the seat counts as watched for the Watched
   * filter, not as the seat itself. */
  mg_watchlist_set_candidate_watched (first, "gujarat", 38, "A", TRUE);
  g_assert_true (mg_watchlist_contains_candidate (first, "gujarat", 38, "A"));
  g_assert_false (mg_watchlist_contains_candidate (first, "gujarat", 38, "B"));
  g_assert_false (mg_watchlist_contains (first, "gujarat", 38));
  g_assert_true (mg_watchlist_watches_seat (first, "gujarat", 38));
  g_assert_true (mg_watchlist_watches_seat (first, "gujarat", 127));
  g_assert_false (mg_watchlist_watches_seat (first, "gujarat", 3));
  g_assert_cmpuint (mg_watchlist_get_n_seats (first), ==, 3);
  mg_watchlist_set_uri (again, URI);
  g_assert_true (mg_watchlist_contains_candidate (again, "gujarat", 38, "A"));
  g_assert_true (mg_watchlist_watches_seat (again, "gujarat", 38));
  mg_watchlist_set_candidate_watched (first, "gujarat", 38, "A", FALSE);
  g_assert_false (mg_watchlist_watches_seat (first, "gujarat", 38));

  mg_watchlist_set_watched (first, "gujarat", 127, FALSE);
  mg_watchlist_set_watched (first, "himachal-pradesh", 3, FALSE);
  g_clear_pointer (&kept, g_variant_unref);
  kept = g_settings_get_value (settings, "watched-seats");
  g_assert_cmpuint (g_variant_n_children (kept), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/watch/alerts", test_alerts);
  g_test_add_func ("/watch/candidate-alerts", test_candidate_alerts);
  g_test_add_func ("/watch/watchlist", test_watchlist);

  return g_test_run ();
}
