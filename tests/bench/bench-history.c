/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Going back over the count. A history of 500 distinct snapshots of the
 * bundled final results (data/feeds/final-2022.json, each giving the winner
 * of Gujarat's seat 1 one vote more than the snapshot before) is stored as
 * the feed source stores it, for an http feed that the replay server
 * (tests/feed-server, next to this program) serves at its last snapshot.
 * A window opens that feed on Gujarat's summary, and its time bar steps
 * back one snapshot at a time (as Alt+Left does), 101 times from live:
 *
 * - history-step-ms: from just before the step to the end of the next
 *   frame's paint (the frame clock's "after-paint"), less the time the
 *   main loop sat in poll() waiting for the frame clock's tick; the median.
 *   The step reads the snapshot back, parses it and shows it.
 * - history-bytes-per-snapshot: the snapshots' files, in bytes, over their
 *   number; history-bytes-full-feed, one snapshot as fetched.
 *
 * The line before them breaks the step down: the step's own work, apart
 * from the frame; reading a snapshot back and parsing it, timed alone; and
 * a snapshot parsed beforehand, shown as the step shows it, to its frame.
 * The snapshots were just written, so they are read from the page cache.
 * Needs a display (build-aux/bench runs it under Xvfb); the cairo renderer
 * unless GSK_RENDERER says otherwise. Everything goes into temporary
 * folders ($XDG_DATA_HOME and $XDG_CACHE_HOME), removed at the end. */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <stdlib.h>
#include <string.h>

#include "mg-candidate.h"
#include "mg-constituency.h"
#include "mg-election.h"
#include "mg-feed-parser.h"
#include "mg-feed-source.h"
#include "mg-history.h"
#include "mg-state-result.h"
#include "mg-window-private.h"

#define N_SNAPSHOTS 500
#define ROUNDS      101
#define SHOW_ROUNDS 41
#define FEED        "/io/github/matganana/Matganana/feeds/final-2022.json"

static gint64 frame_began, laid_out_at, painted_at;

/* The time the main loop sat in poll() waiting, while measuring: for the
 * frame clock's next tick, mostly. */
static GPollFunc default_poll;
static gboolean measuring;
static gint64 waited;

static void
before_paint (GdkFrameClock *clock,
              gpointer       user_data)
{
  frame_began = g_get_monotonic_time ();
}

/* Connected after the window's own handlers: the layout is done. */
static void
layout (GdkFrameClock *clock,
        gpointer       user_data)
{
  laid_out_at = g_get_monotonic_time ();
}

static void
after_paint (GdkFrameClock *clock,
             gpointer       user_data)
{
  painted_at = g_get_monotonic_time ();
}

static int
timed_poll (GPollFD *fds,
            guint    n_fds,
            int      timeout)
{
  gint64 before;
  int ready;

  if (!measuring || timeout == 0)
    return default_poll (fds, n_fds, timeout);
  before = g_get_monotonic_time ();
  ready = default_poll (fds, n_fds, timeout);
  waited += g_get_monotonic_time () - before;
  return ready;
}

static int
compare (const void *a,
         const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* The value @percent of the way from the lowest of @values to the highest. */
static double
percentile (const double *values,
            guint         n,
            guint         percent)
{
  g_autofree double *sorted = g_memdup2 (values, n * sizeof (double));

  qsort (sorted, n, sizeof (double), compare);
  return sorted[MIN (n - 1, (n * percent) / 100)];
}

static double
median (const double *values,
        guint         n)
{
  return percentile (values, n, 50);
}

/* Let the main loop go quiet and the seat chart's cross-fade end. */
static void
settle (void)
{
  g_usleep (400 * 1000);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    {
      g_unlink (path);
    }
}

/* The bundled final results, and where in them the winner's votes of the
 * first seat listed (Gujarat's 1, Abdasa) are written. */
static GBytes *
load_feed (gsize   *votes_at,
           gsize   *votes_length,
           guint64 *votes)
{
  g_autoptr (GError) error = NULL;
  GBytes *feed = g_resources_lookup_data (FEED, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  const char *data, *candidates, *at;
  char *end;

  if (feed == NULL)
    g_error ("%s", error->message);
  data = g_bytes_get_data (feed, NULL);
  candidates = strstr (data, "\"candidates\": [");
  at = candidates != NULL ? strstr (candidates, "\"votes\": ") : NULL;
  if (at == NULL)
    g_error ("%s lists no candidates", FEED);
  at += strlen ("\"votes\": ");
  *votes = g_ascii_strtoull (at, &end, 10);
  *votes_at = (gsize) (at - data);
  *votes_length = (gsize) (end - at);
  return feed;
}

/* The feed with @votes for the first seat's winner. */
static GBytes *
make_snapshot (GBytes *feed,
               gsize   votes_at,
               gsize   votes_length,
               guint64 votes)
{
  gsize length;
  const char *data = g_bytes_get_data (feed, &length);
  GString *snapshot = g_string_sized_new (length + 8);

  g_string_append_len (snapshot, data, (gssize) votes_at);
  g_string_append_printf (snapshot, "%" G_GUINT64_FORMAT, votes);
  g_string_append_len (snapshot, data + votes_at + votes_length,
                       (gssize) (length - votes_at - votes_length));
  return g_string_free_to_bytes (snapshot);
}

/* Starts the replay server on a folder holding @last: the feed's URL. */
static GSubprocess *
start_server (const char *program,
              const char *folder,
              GBytes     *last,
              char      **url)
{
  g_autofree char *here = g_path_get_dirname (program);
  g_autofree char *server_path = g_build_filename (here, "feed-server", NULL);
  g_autofree char *path = g_build_filename (folder, "01.json", NULL);
  g_autoptr (GDataInputStream) output = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *line = NULL;
  GSubprocess *server;
  const char *start, *end;
  gsize length;
  const char *data = g_bytes_get_data (last, &length);

  if (!g_file_set_contents (path, data, (gssize) length, &error))
    g_error ("%s", error->message);
  server = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, server_path, "--period=86400",
                             folder, NULL);
  if (server == NULL)
    g_error ("%s", error->message);
  output = g_data_input_stream_new (g_subprocess_get_stdout_pipe (server));
  line = g_data_input_stream_read_line_utf8 (output, NULL, NULL, &error);
  start = line != NULL ? strstr (line, "http://") : NULL;
  end = start != NULL ? strstr (start, "feed.json") : NULL;
  if (end == NULL)
    g_error ("the replay server said “%s”", line != NULL ? line : error->message);
  *url = g_strndup (start, (gsize) (end + strlen ("feed.json") - start));
  return server;
}

static guint64
leader_votes (MgElection *election)
{
  MgStateResult *state = mg_election_find_state (election, "gujarat", NULL);
  MgConstituency *seat = state != NULL ? mg_state_result_find_constituency (state, 1) : NULL;
  MgCandidate *leader = seat != NULL ? mg_constituency_get_leader (seat) : NULL;

  return leader != NULL ? mg_candidate_get_votes (leader) : 0;
}

static gboolean
shows_history (MgWindow *window)
{
  return !mg_window_get_loading (window) &&
         mg_state_tabs_get_n_pages (mg_window_get_state_tabs (window)) > 0 &&
         gtk_widget_get_visible (GTK_WIDGET (window->time_bar));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("matganana-bench-data-XXXXXX", NULL);
  g_autofree char *cache_home = g_dir_make_tmp ("matganana-bench-cache-XXXXXX", NULL);
  g_autofree char *served = g_dir_make_tmp ("matganana-bench-feed-XXXXXX", NULL);
  g_autofree char *url = NULL;
  g_autoptr (GSubprocess) server = NULL;
  g_autoptr (GBytes) feed = NULL;
  g_autoptr (GBytes) last = NULL;
  g_autoptr (MgHistory) history = NULL;
  g_autoptr (GDateTime) first_fetch = g_date_time_new_utc (2022, 12, 8, 2, 30, 0);
  guint64 votes, total_bytes = 0, allocated = 0;
  gsize votes_at, votes_length, feed_length;
  double step_times[ROUNDS], totals[ROUNDS], sync_times[ROUNDS], layout_times[ROUNDS],
    paint_times[ROUNDS], load_times[ROUNDS], parse_times[ROUNDS], show_times[SHOW_ROUNDS];
  GdkFrameClock *clock;
  MgWindow *window;
  MgHistory *kept;
  guint n;

  if (data_home == NULL || cache_home == NULL || served == NULL)
    g_error ("cannot make temporary folders");
  /* Before anything reads them: the history and the feed's cache go into
   * temporary folders, not the user's. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("XDG_CACHE_HOME", cache_home, TRUE);
  /* The figures are the cairo renderer's. */
  g_setenv ("GSK_RENDERER", "cairo", FALSE);

  feed = load_feed (&votes_at, &votes_length, &votes);
  feed_length = g_bytes_get_size (feed);
  last = make_snapshot (feed, votes_at, votes_length, votes + N_SNAPSHOTS - 1);
  server = start_server (argv[0], served, last, &url);

  /* The snapshots, as the feed source keeps them: a minute apart, from
   * 08:00 IST on counting day. */
  history = mg_history_open (url, MG_HISTORY_DEFAULT_LIMIT);
  for (guint i = 0; i < N_SNAPSHOTS; i++)
    {
      g_autoptr (GBytes) snapshot = make_snapshot (feed, votes_at, votes_length, votes + i);
      g_autoptr (GDateTime) fetched = g_date_time_add_minutes (first_fetch, (int) i);
      g_autoptr (GError) error = NULL;
      gboolean added;

      if (!mg_history_add (history, snapshot, fetched, &added, &error))
        g_error ("%s", error->message);
      if (!added)
        g_error ("snapshot %u was not stored", i);
    }
  n = mg_history_get_n_entries (history);
  if (n != N_SNAPSHOTS)
    g_error ("%u snapshots stored of %u", n, N_SNAPSHOTS);
  for (guint i = 0; i < n; i++)
    {
      const MgHistoryEntry *entry = mg_history_get_entry (history, i);
      GStatBuf st;

      total_bytes += entry->size;
      if (g_stat (entry->path, &st) == 0)
        allocated += (guint64) st.st_blocks * 512;
    }

  gtk_init ();
  default_poll = g_main_context_get_poll_func (NULL);
  g_main_context_set_poll_func (NULL, timed_poll);
  window = mg_window_new (NULL);
  /* No poll while measuring: the server would answer 304 anyway. */
  mg_feed_source_set_interval (mg_window_get_feed_source (window), 24 * 3600);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
  gtk_window_present (GTK_WINDOW (window));
  mg_window_load_uri (window, url);
  while (!shows_history (window))
    g_main_context_iteration (NULL, TRUE);
  kept = mg_feed_source_get_history (mg_window_get_feed_source (window));
  if (kept == NULL || mg_history_get_n_entries (kept) != N_SNAPSHOTS)
    g_error ("the window's feed has %u snapshots, not %u",
             kept != NULL ? mg_history_get_n_entries (kept) : 0, N_SNAPSHOTS);
  if (!mg_window_select_state_id (window, "gujarat"))
    g_error ("no Gujarat in %s", FEED);
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint), NULL);
  g_signal_connect (clock, "layout", G_CALLBACK (layout), NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint), NULL);
  for (guint i = 0; i < 30; i++)
    g_main_context_iteration (NULL, FALSE);
  settle ();

  /* A step back: the snapshot read back, parsed and shown, the window laid
   * out and painted. */
  for (guint r = 0; r < ROUNDS; r++)
    {
      guint64 expected = votes + N_SNAPSHOTS - 2 - r;
      gint64 start, stepped;

      waited = 0;
      measuring = TRUE;
      start = g_get_monotonic_time ();
      if (!mg_window_history_step (window, -1))
        g_error ("no snapshot before %u", N_SNAPSHOTS - 1 - r);
      stepped = g_get_monotonic_time ();
      while (painted_at <= stepped)
        g_main_context_iteration (NULL, TRUE);
      measuring = FALSE;
      if (mg_window_get_error (window) != NULL)
        g_error ("%s", mg_window_get_error (window));
      if (leader_votes (mg_window_get_election (window)) != expected)
        g_error ("step %u shows %" G_GUINT64_FORMAT " votes, not %" G_GUINT64_FORMAT, r,
                 leader_votes (mg_window_get_election (window)), expected);
      totals[r] = painted_at - start;
      step_times[r] = totals[r] - waited;
      sync_times[r] = stepped - start;
      layout_times[r] = laid_out_at - MAX (frame_began, stepped);
      paint_times[r] = painted_at - laid_out_at;
      settle ();
    }

  /* What the step did before the frame, apart: reading a snapshot back
   * (gunzip and checksum) and parsing it. */
  for (guint r = 0; r < ROUNDS; r++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GBytes) body = NULL;
      g_autoptr (MgElection) parsed = NULL;
      gint64 start = g_get_monotonic_time (), loaded;

      body = mg_history_load (history, N_SNAPSHOTS - 2 - r, &error);
      if (body == NULL)
        g_error ("%s", error->message);
      loaded = g_get_monotonic_time ();
      parsed = mg_feed_parse (body, NULL, &error);
      if (parsed == NULL)
        g_error ("%s", error->message);
      load_times[r] = loaded - start;
      parse_times[r] = g_get_monotonic_time () - loaded;
    }

  /* What a step would cost with its snapshot parsed beforehand: one shown
   * as the step shows it, to its frame painted (the time bar not moved). */
  for (guint r = 0; r < SHOW_ROUNDS; r++)
    {
      guint index = N_SNAPSHOTS - 2 - ROUNDS - r;
      g_autoptr (GError) error = NULL;
      g_autoptr (GBytes) body = mg_history_load (history, index, &error);
      g_autoptr (MgElection) parsed = body != NULL ? mg_feed_parse (body, NULL, &error) : NULL;
      gint64 start, shown;

      if (parsed == NULL)
        g_error ("%s", error->message);
      waited = 0;
      measuring = TRUE;
      start = g_get_monotonic_time ();
      mg_window_show_results (window, parsed, FALSE);
      shown = g_get_monotonic_time ();
      while (painted_at <= shown)
        g_main_context_iteration (NULL, TRUE);
      measuring = FALSE;
      if (leader_votes (mg_window_get_election (window)) != votes + index)
        g_error ("snapshot %u not shown", index);
      show_times[r] = painted_at - start - waited;
      settle ();
    }

  gtk_window_destroy (GTK_WINDOW (window));
  g_subprocess_force_exit (server);
  g_subprocess_wait (server, NULL, NULL);
  remove_tree (data_home);
  remove_tree (cache_home);
  remove_tree (served);

  g_print ("history: %u snapshots of a %" G_GSIZE_FORMAT "-byte feed: %" G_GUINT64_FORMAT
           " bytes stored (%" G_GUINT64_FORMAT " in disk blocks), %.0f a snapshot\n",
           n, feed_length, total_bytes, allocated, (double) total_bytes / n);
  g_print ("history step: %.1f ms (p90 %.1f, fastest %.1f, slowest %.1f; median of %d); "
           "with the wait for the frame clock's tick %.1f ms\n",
           median (step_times, ROUNDS) / 1000, percentile (step_times, ROUNDS, 90) / 1000,
           percentile (step_times, ROUNDS, 0) / 1000, percentile (step_times, ROUNDS, 100) / 1000,
           ROUNDS, median (totals, ROUNDS) / 1000);
  g_print ("history step, medians: the step itself %.1f ms (reading back %.1f, parsing %.1f, "
           "alone), the frame's layout %.1f, its paint %.1f\n",
           median (sync_times, ROUNDS) / 1000, median (load_times, ROUNDS) / 1000,
           median (parse_times, ROUNDS) / 1000, median (layout_times, ROUNDS) / 1000,
           median (paint_times, ROUNDS) / 1000);
  g_print ("history step with the snapshot parsed beforehand: %.1f ms (p90 %.1f; median of %d)\n",
           median (show_times, SHOW_ROUNDS) / 1000, percentile (show_times, SHOW_ROUNDS, 90) / 1000,
           SHOW_ROUNDS);
  g_print ("history-step-ms: %.1f\n", median (step_times, ROUNDS) / 1000);
  g_print ("history-bytes-per-snapshot: %.0f\n", (double) total_bytes / n);
  g_print ("history-bytes-full-feed: %" G_GSIZE_FORMAT "\n", feed_length);
  return 0;
}
