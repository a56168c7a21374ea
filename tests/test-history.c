/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "mg-history.h"

#define URI "http://127.0.0.1:1/feed.json"

static GDateTime *
at_minute (int minute)
{
  return g_date_time_new_utc (2022, 12, 8, 8, minute, 0);
}

static GBytes *
bytes (const char *text)
{
  return g_bytes_new_static (text, strlen (text));
}

static void
add (MgHistory  *history,
     const char *text,
     int         minute,
     gboolean    expect_added)
{
  g_autoptr (GBytes) body = bytes (text);
  g_autoptr (GDateTime) when = at_minute (minute);
  g_autoptr (GError) error = NULL;
  gboolean added = !expect_added;

  g_assert_true (mg_history_add (history, body, when, &added, &error));
  g_assert_no_error (error);
  g_assert_true (added == expect_added);
}

static void
assert_body (MgHistory  *history,
             guint       index,
             const char *text)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) body = mg_history_load (history, index, &error);

  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (body, NULL), g_bytes_get_size (body), text, strlen (text));
}

static void
remove_history (void)
{
  g_autofree char *dir = mg_history_dup_dir (URI);
  g_autoptr (GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

/* A snapshot the same as the one before costs nothing; one that goes back
 * to an earlier content is a change and is kept; each reads back as it
 * came, from a folder of gzip files and the feed's address, nothing else. */
static void
test_dedup_and_read_back (void)
{
  g_autoptr (MgHistory) history = NULL;
  g_autoptr (MgHistory) again = NULL;
  g_autofree char *dir = mg_history_dup_dir (URI);
  g_autoptr (GDir) listing = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *uri_path = NULL;
  const char *name;
  guint n_files = 0;

  remove_history ();
  history = mg_history_open (URI, 0);
  g_assert_cmpuint (mg_history_get_n_entries (history), ==, 0);
  add (history, "{\"a\": 1}", 0, TRUE);
  add (history, "{\"a\": 1}", 1, FALSE);
  add (history, "{\"a\": 2}", 2, TRUE);
  add (history, "{\"a\": 1}", 3, TRUE);
  g_assert_cmpuint (mg_history_get_n_entries (history), ==, 3);

  /* Read from the folder again, in time order. */
  again = mg_history_open (URI, 0);
  g_assert_cmpuint (mg_history_get_n_entries (again), ==, 3);
  assert_body (again, 0, "{\"a\": 1}");
  assert_body (again, 1, "{\"a\": 2}");
  assert_body (again, 2, "{\"a\": 1}");
  g_assert_cmpint (g_date_time_get_minute (mg_history_get_entry (again, 1)->fetched), ==, 2);

  uri_path = g_build_filename (dir, "uri.txt", NULL);
  g_assert_true (g_file_get_contents (uri_path, &uri, NULL, NULL));
  g_assert_cmpstr (uri, ==, URI);
  /* Written whole and renamed: no temporary file is left beside them. */
  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_assert_true (g_str_equal (name, "uri.txt") || g_str_has_suffix (name, ".json.gz"));
      n_files++;
    }
  g_assert_cmpuint (n_files, ==, 4);
}

/* The snapshot at or before a time: the one that was showing then. */
static void
test_find_at (void)
{
  g_autoptr (MgHistory) history = NULL;
  g_autoptr (GDateTime) before = at_minute (0);
  g_autoptr (GDateTime) between = at_minute (25);
  g_autoptr (GDateTime) exact = at_minute (30);
  g_autoptr (GDateTime) later = at_minute (59);

  remove_history ();
  history = mg_history_open (URI, 0);
  add (history, "one", 10, TRUE);
  add (history, "two", 20, TRUE);
  add (history, "three", 30, TRUE);
  g_assert_cmpint (mg_history_find_at (history, before), ==, -1);
  g_assert_cmpint (mg_history_find_at (history, between), ==, 1);
  g_assert_cmpint (mg_history_find_at (history, exact), ==, 2);
  g_assert_cmpint (mg_history_find_at (history, later), ==, 2);
}

/* A damaged file is an error naming it, a file of another name is not a
 * snapshot; neither stops the others being read. */
static void
test_corrupt_entries (void)
{
  g_autoptr (MgHistory) history = NULL;
  g_autoptr (MgHistory) again = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) body = NULL;
  g_autofree char *dir = mg_history_dup_dir (URI);
  g_autofree char *stray = g_build_filename (dir, "notes.txt", NULL);
  char *packed;
  gsize length;

  remove_history ();
  history = mg_history_open (URI, 0);
  add (history, "first snapshot, long enough to be worth compressing", 1, TRUE);
  add (history, "second snapshot, long enough to be worth compressing", 2, TRUE);
  add (history, "third snapshot, long enough to be worth compressing", 3, TRUE);
  g_assert_true (g_file_set_contents (stray, "not a snapshot", -1, NULL));

  /* The second cut short, as a full disk or a crash of another program
   * might leave it. */
  g_assert_true (g_file_get_contents (mg_history_get_entry (history, 1)->path, &packed, &length, NULL));
  g_assert_true (g_file_set_contents (mg_history_get_entry (history, 1)->path, packed, (gssize) length / 2, NULL));
  g_free (packed);

  again = mg_history_open (URI, 0);
  g_assert_cmpuint (mg_history_get_n_entries (again), ==, 3);
  assert_body (again, 0, "first snapshot, long enough to be worth compressing");
  body = mg_history_load (again, 1, &error);
  g_assert_null (body);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, mg_history_get_entry (again, 1)->path));
  assert_body (again, 2, "third snapshot, long enough to be worth compressing");
}

/* Past its limit the history thins: the closest snapshots go first, and
 * the first and the last always stay. */
static void
test_thinning (void)
{
  g_autoptr (MgHistory) history = NULL;
  g_autoptr (MgHistory) again = NULL;
  guint64 size, total = 0;

  remove_history ();
  history = mg_history_open (URI, 0);
  add (history, "snapshot 0", 0, TRUE);
  size = mg_history_get_entry (history, 0)->size;
  g_clear_pointer (&history, mg_history_free);

  /* Room for about five. */
  history = mg_history_open (URI, size * 5 + size / 2);
  for (int i = 1; i < 12; i++)
    {
      g_autofree char *text = g_strdup_printf ("snapshot %d", i % 10);

      add (history, text, i * 4 + (i == 6 ? -3 : 0), TRUE);
    }
  again = mg_history_open (URI, 0);
  for (guint i = 0; i < mg_history_get_n_entries (again); i++)
    total += mg_history_get_entry (again, i)->size;
  g_assert_cmpuint (total, <=, size * 5 + size / 2 + 16);
  g_assert_cmpuint (mg_history_get_n_entries (again), >=, 4);
  g_assert_cmpint (g_date_time_get_minute (mg_history_get_entry (again, 0)->fetched), ==, 0);
  g_assert_cmpint (g_date_time_get_minute (
                     mg_history_get_entry (again, mg_history_get_n_entries (again) - 1)->fetched), ==, 44);
  /* The snapshot at 21, a minute after the one at 20, went before those
   * spread evenly. */
  for (guint i = 0; i < mg_history_get_n_entries (again); i++)
    g_assert_cmpint (g_date_time_get_minute (mg_history_get_entry (again, i)->fetched), !=, 21);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data = g_dir_make_tmp ("matganana-history-XXXXXX", NULL);

  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/history/dedup-and-read-back", test_dedup_and_read_back);
  g_test_add_func ("/history/find-at", test_find_at);
  g_test_add_func ("/history/corrupt-entries", test_corrupt_entries);
  g_test_add_func ("/history/thinning", test_thinning);
  return g_test_run ();
}
