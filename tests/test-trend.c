/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "mg-count-changes.h"
#include "mg-election.h"
#include "mg-feed-parser.h"
#include "mg-seat-changes.h"
#include "mg-state-result.h"
#include "mg-trend.h"

static char *
read_feed (const char *dir,
           const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, dir, name, NULL);
  g_autoptr (GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* Replaces the first @from in @text by @to, of the same length. */
static void
patch (char       *text,
       const char *from,
       const char *to)
{
  char *at = strstr (text, from);

  g_assert_nonnull (at);
  g_assert_cmpuint (strlen (from), ==, strlen (to));
  memcpy (at, to, strlen (to));
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

static GDateTime *
at (int hour,
    int minute)
{
  /* 08:30 IST is 03:00 UTC. */
  return g_date_time_new_utc (2022, 12, 8, hour, minute, 0);
}

static void
on_changed_cb (MgTrend *trend,
               guint   *count)
{
  (*count)++;
}

/* Three snapshots of the bundled feed: Himachal's Congress from 22+17 to
 * 30+9 to 15+10 (under the mark of 35, then over it again would be a second
 * crossing); the trend keeps each party's seats won and leading at each,
 * finds the points by time, ranks the parties and says it in words. */
static void
test_trend_points (void)
{
  g_autofree char *first = read_feed ("../data/feeds", "default.json");
  g_autofree char *second = g_strdup (first);
  g_autofree char *third = g_strdup (first);
  g_autoptr (MgElection) a = NULL;
  g_autoptr (MgElection) b = NULL;
  g_autoptr (MgElection) c = NULL;
  g_autoptr (MgTrend) trend = mg_trend_new ();
  g_autoptr (GDateTime) t1 = at (3, 0);
  g_autoptr (GDateTime) t2 = at (4, 10);
  g_autoptr (GDateTime) t3 = at (5, 40);
  g_autoptr (GDateTime) between = at (4, 30);
  g_autoptr (GDateTime) before = at (2, 0);
  g_autoptr (GTimeZone) ist = g_time_zone_new_identifier ("Asia/Kolkata");
  g_autoptr (GArray) ranking = NULL;
  g_autoptr (GArray) crossings = NULL;
  g_autofree char *text = NULL;
  g_autofree char *description = NULL;
  MgTrendState *himachal;
  guint changed = 0, inc = G_MAXUINT, bjp = G_MAXUINT;

  /* Himachal: Congress 15 + 10 at first, 22 + 17 next, 30 + 9 last. */
  patch (first, "\"won\": 22,", "\"won\": 15,");
  patch (first, "\"leading\": 17,", "\"leading\": 10,");
  patch (third, "\"won\": 22,", "\"won\": 30,");
  patch (third, "\"leading\": 17,", "\"leading\":  9,");
  a = parse (first);
  b = parse (second);
  c = parse (third);

  g_signal_connect (trend, "changed", G_CALLBACK (on_changed_cb), &changed);
  g_assert_null (mg_trend_get_last_time (trend));
  mg_trend_append (trend, t1, a);
  mg_trend_append (trend, t2, b);
  mg_trend_append (trend, t3, c);
  g_assert_cmpuint (changed, ==, 3);
  g_assert_true (g_date_time_equal (mg_trend_get_last_time (trend), t3));
  g_assert_null (mg_trend_find_state (trend, "kerala"));

  himachal = mg_trend_find_state (trend, "himachal-pradesh");
  g_assert_nonnull (himachal);
  g_assert_cmpuint (mg_trend_state_get_n_points (himachal), ==, 3);
  g_assert_cmpuint (mg_trend_state_get_seats (himachal), ==, 68);
  g_assert_cmpuint (mg_trend_state_get_majority (himachal), ==, 35);
  for (guint p = 0; p < mg_trend_state_get_n_parties (himachal); p++)
    {
      if (g_str_equal (mg_trend_state_get_party (himachal, p)->id, "inc"))
        inc = p;
      if (g_str_equal (mg_trend_state_get_party (himachal, p)->id, "bjp"))
        bjp = p;
    }
  g_assert_cmpuint (inc, !=, G_MAXUINT);
  g_assert_cmpuint (mg_trend_state_get_total (himachal, 0, inc), ==, 25);
  g_assert_cmpuint (mg_trend_state_get_total (himachal, 1, inc), ==, 39);
  g_assert_cmpuint (mg_trend_state_get_total (himachal, 2, inc), ==, 39);
  g_assert_cmpuint (mg_trend_state_get_total (himachal, 2, bjp), ==, 26);
  g_assert_cmpuint (mg_trend_state_get_peak (himachal, inc), ==, 39);

  /* Congress first, then the BJP, then the independents. */
  ranking = mg_trend_state_dup_ranking (himachal, 2);
  g_assert_cmpuint (ranking->len, ==, 2);
  g_assert_cmpuint (g_array_index (ranking, guint, 0), ==, inc);
  g_assert_cmpuint (g_array_index (ranking, guint, 1), ==, bjp);

  /* Congress crossed 35 between the first and the second. */
  crossings = mg_trend_state_find_crossings (himachal);
  g_assert_cmpuint (crossings->len, ==, 1);
  g_assert_cmpuint (g_array_index (crossings, MgTrendCrossing, 0).point, ==, 1);
  g_assert_cmpuint (g_array_index (crossings, MgTrendCrossing, 0).party, ==, inc);

  g_assert_cmpint (mg_trend_state_find_point (himachal, before), ==, -1);
  g_assert_cmpint (mg_trend_state_find_point (himachal, t1), ==, 0);
  g_assert_cmpint (mg_trend_state_find_point (himachal, between), ==, 1);
  g_assert_cmpint (mg_trend_state_find_point (himachal, t3), ==, 2);

  text = mg_trend_state_dup_point_text (himachal, 0, ist);
  g_assert_cmpstr (text, ==, "08:30: Congress 25, BJP 26, Independents 3");
  description = mg_trend_state_dup_description (himachal, ist);
  g_test_message ("%s", description);
  g_assert_nonnull (strstr (description, "From 08:30 to 11:10, 3 snapshots."));
  g_assert_nonnull (strstr (description, "Congress: from 25 to 39 seats; crossed the majority mark of 35 at 09:40."));
  g_assert_nonnull (strstr (description, "BJP: from 26 to 26 seats."));

  mg_trend_clear (trend);
  g_assert_null (mg_trend_find_state (trend, "himachal-pradesh"));
  g_assert_cmpuint (changed, ==, 4);
}

/* Between two times of a count with seats: Kalol (127) goes from Congress
 * to the BJP; the parties' seats then and now, with the change. */
static void
test_count_changes (void)
{
  g_autofree char *then_text = read_feed ("feeds", "good-seats.json");
  g_autofree char *now_text = g_strdup (then_text);
  g_autoptr (MgElection) then = NULL;
  g_autoptr (MgElection) now = NULL;
  g_autoptr (GPtrArray) changed = NULL;
  g_autoptr (GPtrArray) tables = NULL;
  g_autoptr (GPtrArray) same = NULL;
  g_autofree char *heading = NULL;
  MgStateResult *before, *after;
  MgChangeTable *parties, *seats;

  patch (now_text, "\"votes\": 29500", "\"votes\": 39500");
  then = parse (then_text);
  now = parse (now_text);
  before = mg_election_find_state (then, "gujarat", NULL);
  after = mg_election_find_state (now, "gujarat", NULL);

  same = mg_count_changes_list_seats (before, before);
  g_assert_cmpuint (same->len, ==, 0);
  changed = mg_count_changes_list_seats (before, after);
  g_assert_cmpuint (changed->len, ==, 1);

  heading = mg_count_changes_dup_heading (before, after, "09:30");
  g_test_message ("%s", heading);
  g_assert_true (g_str_has_prefix (heading, "Since 09:30, 1 seat changed leader; "));

  tables = mg_count_changes_dup_tables (before, after, "09:30", "11:40");
  g_assert_cmpuint (tables->len, ==, 2);
  parties = g_ptr_array_index (tables, 0);
  g_assert_cmpstr (parties->headers[1], ==, "09:30");
  g_assert_cmpstr (parties->headers[2], ==, "11:40");
  for (guint r = 0; r < parties->rows->len; r++)
    {
      char **row = g_ptr_array_index (parties->rows, r);

      if (g_str_equal (row[0], "BJP"))
        g_assert_cmpstr (row[3], ==, "+1");
      if (g_str_equal (row[0], "Congress"))
        g_assert_cmpstr (row[3], ==, "−1");
    }
  seats = g_ptr_array_index (tables, 1);
  g_assert_cmpuint (seats->rows->len, ==, 1);
  g_assert_cmpstr (((char **) g_ptr_array_index (seats->rows, 0))[0], ==, "127");
  g_assert_cmpstr (((char **) g_ptr_array_index (seats->rows, 0))[2], ==, "Congress");
  g_assert_cmpstr (((char **) g_ptr_array_index (seats->rows, 0))[3], ==, "BJP");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/trend/points", test_trend_points);
  g_test_add_func ("/trend/count-changes", test_count_changes);

  return g_test_run ();
}
