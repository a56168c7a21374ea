/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers the window tests share: their environment, windows on the
 * bundled feed or a test feed, widgets found in them, and feeds served by
 * the replay server (tests/feed-server.c). */
#include "config.h"

#include <string.h>

#include "mg-election.h"
#include "mg-feed-loader.h"
#include "mg-feed-source.h"
#include "mg-state-result.h"
#include "mg-test-util.h"
#include "window-test-util.h"

/* Every window test program's environment, then GTK's for tests. */
void
mg_test_window_init (int    *argc,
                     char ***argv)
{
  g_autofree char *cache = g_dir_make_tmp ("matganana-cache-XXXXXX", NULL);

  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  /* The snapshots the tests fetch are kept in a history of their own. */
  g_setenv ("XDG_DATA_HOME", cache, TRUE);
  /* The alliances a test draws up are kept there too. */
  g_setenv ("XDG_CONFIG_HOME", cache, TRUE);
  /* Notifications go to the test's stand-in for the desktop's server. */
  g_setenv ("GNOTIFICATION_BACKEND", "freedesktop", TRUE);
  /* The user's zone is not the election's. */
  g_setenv ("TZ", "UTC", TRUE);
  gtk_test_init (argc, argv, NULL);
}

/* The settings a window reads and writes on its own, at their defaults. */
void
mg_test_reset_settings (void)
{
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);

  g_settings_reset (settings, "selected-state");
  g_settings_reset (settings, "window-size");
}

/* The window has done loading its feed. */
gboolean
mg_test_window_loaded (gpointer data)
{
  return !mg_window_get_loading (MG_WINDOW (data));
}

/* A window on the bundled feed, then on tests/feeds/@feed_name when
 * given, shown. */
MgWindow *
mg_test_window_new (const char *feed_name)
{
  MgWindow *window = mg_window_new (NULL);

  mg_window_load_uri (window, MG_FEED_DEFAULT_URI);
  mg_test_wait_for (mg_test_window_loaded, window);
  if (feed_name != NULL)
    {
      g_autoptr (GFile) file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "feeds",
                                                                         feed_name, NULL));

      mg_window_load_feed (window, file);
      mg_test_wait_for (mg_test_window_loaded, window);
    }
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* Opens the feed at @path in @window and waits for it. */
void
mg_test_window_load (MgWindow   *window,
                     const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);

  mg_window_load_feed (window, file);
  mg_test_wait_for (mg_test_window_loaded, window);
}

/* A window of @app (or none) following the feed at @address, checked
 * every @interval seconds, shown. */
MgWindow *
mg_test_window_follow (MgApplication  *app,
                       const char     *address,
                       guint           interval)
{
  MgWindow *window = mg_window_new (app);

  mg_feed_source_set_interval (mg_window_get_feed_source (window), interval);
  mg_window_load_uri (window, address);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* Returns: (transfer none): the page of the window's first state */
MgStatePage *
mg_test_first_page (MgWindow *window)
{
  return mg_state_tabs_get_page (mg_window_get_state_tabs (window), 0);
}

gboolean
mg_test_window_is_active (gpointer data)
{
  return gtk_window_is_active (GTK_WINDOW (data));
}

typedef gboolean (*WidgetTest) (GtkWidget    *widget,
                              gconstpointer data);

/* The first widget under @root, @root included, that passes @test. */
static GtkWidget *
find_widget (GtkWidget    *root,
             WidgetTest    test,
             gconstpointer data)
{
  if (test (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, test, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_of_type (GtkWidget    *widget,
            gconstpointer data)
{
  return g_type_is_a (G_OBJECT_TYPE (widget), (GType) GPOINTER_TO_SIZE (data));
}

static gboolean
has_class (GtkWidget    *widget,
           gconstpointer data)
{
  return gtk_widget_has_css_class (widget, data);
}

static gboolean
is_button_labelled (GtkWidget    *widget,
                    gconstpointer data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), data) == 0;
}

GtkWidget *
mg_test_find_widget_of_type (GtkWidget *root,
                             GType      type)
{
  return find_widget (root, is_of_type, GSIZE_TO_POINTER (type));
}

GtkWidget *
mg_test_find_widget_with_class (GtkWidget  *root,
                                const char *css_class)
{
  return find_widget (root, has_class, css_class);
}

GtkWidget *
mg_test_find_button_with_label (GtkWidget  *root,
                                const char *label)
{
  return find_widget (root, is_button_labelled, label);
}

/* The Open Feed dialog, once open. */
MgOpenFeedDialog *
mg_test_find_open_feed_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (MG_IS_OPEN_FEED_DIALOG (toplevel))
        return MG_OPEN_FEED_DIALOG (toplevel);
    }
  return NULL;
}

/* Every label's text under @widget, depth first, and the first label
 * with each text. */
void
mg_test_collect_labels (GtkWidget  *widget,
                        GString    *texts,
                        GHashTable *by_text)
{
  if (GTK_IS_LABEL (widget))
    {
      const char *text = gtk_label_get_text (GTK_LABEL (widget));

      g_string_append_printf (texts, "%s|", text);
      if (!g_hash_table_contains (by_text, text))
        g_hash_table_insert (by_text, (gpointer) text, widget);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    mg_test_collect_labels (child, texts, by_text);
}

/* The seats decided in Himachal are @decided: which snapshot is shown. */
gboolean
mg_test_decided_is (MgWindow *window,
                    guint     decided)
{
  MgStateResult *state = mg_election_find_state (mg_window_get_election (window),
                                                 "himachal-pradesh", NULL);

  return state != NULL && mg_state_result_get_decided (state) == decided;
}

gboolean
mg_test_shows_first_snapshot (gpointer data)
{
  return mg_test_decided_is (MG_WINDOW (data), 39);
}

/* The points of Himachal's trend so far. */
guint
mg_test_himachal_points (MgWindow *window)
{
  MgTrendState *state = mg_trend_find_state (window->trend, "himachal-pradesh");

  return state != NULL ? mg_trend_state_get_n_points (state) : 0;
}

gboolean
mg_test_trend_has_three_points (gpointer data)
{
  return mg_test_himachal_points (MG_WINDOW (data)) == 3;
}

/* Writes the bundled feed, Himachal's Congress won and leading patched. */
char *
mg_test_himachal_snapshot (const char *won,
                           const char *leading)
{
  g_autoptr (GError) error = NULL;
  char *contents = NULL;
  char *at;

  g_file_get_contents (g_test_get_filename (G_TEST_DIST, "..", "data", "feeds", "default.json", NULL),
                       &contents, NULL, &error);
  g_assert_no_error (error);
  at = strstr (contents, "\"won\": 22,");
  memcpy (at, won, strlen (won));
  at = strstr (contents, "\"leading\": 17,");
  memcpy (at, leading, strlen (leading));
  return contents;
}

/* Starts the replay server on @dir, a snapshot every @period seconds;
 * its log of requests comes on @output. Returns: the feed's address */
char *
mg_test_start_feed_server (const char        *dir,
                           const char        *period,
                           GSubprocess      **server,
                           GDataInputStream **output)
{
  g_autofree char *server_path = g_test_build_filename (G_TEST_BUILT, "feed-server", NULL);
  g_autofree char *line = NULL;
  g_autoptr (GError) error = NULL;

  *server = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, server_path, period, dir, NULL);
  g_assert_no_error (error);
  *output = g_data_input_stream_new (g_subprocess_get_stdout_pipe (*server));
  line = g_data_input_stream_read_line_utf8 (*output, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (line);
  return g_strndup (strstr (line, "http://"), strstr (line, "feed.json") + 9 - strstr (line, "http://"));
}

/* Writes @first and @next as the replay server's two snapshots in @dir
 * (01.json and 02.json) and starts it on them, a snapshot every @period
 * seconds. Returns: the feed's address */
char *
mg_test_serve_two (const char        *dir,
                   const char        *first,
                   const char        *next,
                   const char        *period,
                   GSubprocess      **server,
                   GDataInputStream **output)
{
  const char *contents[] = { first, next };

  for (guint i = 0; i < G_N_ELEMENTS (contents); i++)
    {
      g_autofree char *name = g_strdup_printf ("%02u.json", i + 1);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr (GError) error = NULL;

      g_file_set_contents (path, contents[i], -1, &error);
      g_assert_no_error (error);
    }
  return mg_test_start_feed_server (dir, period, server, output);
}

/* Reads the replay server's log until it says it serves snapshot @n. */
void
mg_test_wait_for_snapshot_served (GDataInputStream *output,
                                  guint             n)
{
  g_autofree char *wanted = g_strdup_printf ("now serving snapshot %u of ", n);

  for (;;)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *line = g_data_input_stream_read_line_utf8 (output, NULL, NULL, &error);

      g_assert_no_error (error);
      g_assert_nonnull (line);
      if (g_str_has_prefix (line, wanted))
        return;
    }
}
