/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>
#include <utime.h>

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

/* A snapshot is written whole beside its name and renamed into place,
 * never written into the file under its name: a file already there (left
 * by a crash, say) is replaced by another, and a reader that had it open
 * still reads all of it as it was. */
static void
test_atomic_write (void)
{
  const char *old_text = "what was there before, whole";
  const char *text = "{\"a\": 2}";
  g_autoptr (MgHistory) history = NULL;
  g_autoptr (GDateTime) when = at_minute (5);
  g_autoptr (GBytes) body = bytes (text);
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = mg_history_dup_dir (URI);
  g_autofree char *sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);
  g_autofree char *name = g_strdup_printf ("%016" G_GINT64_FORMAT "-%.16s.json.gz",
                                           g_date_time_to_unix (when) * G_USEC_PER_SEC, sum);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  char held[64] = { 0 };
  GStatBuf before, after;
  gssize n_read;
  int fd;

  remove_history ();
  history = mg_history_open (URI, 0);
  add (history, "{\"a\": 1}", 0, TRUE);
  g_assert_true (g_file_set_contents (path, old_text, -1, NULL));
  fd = g_open (path, O_RDONLY, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (g_stat (path, &before), ==, 0);

  g_assert_true (mg_history_add (history, body, when, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &after), ==, 0);
  g_assert_cmpuint (after.st_ino, !=, before.st_ino);
  n_read = read (fd, held, sizeof held - 1);
  g_assert_cmpint (n_read, ==, (gssize) strlen (old_text));
  g_assert_cmpstr (held, ==, old_text);
  g_close (fd, NULL);
  g_assert_cmpuint (mg_history_get_n_entries (history), ==, 2);
  assert_body (history, 1, text);
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

  /* A lower limit thins at once, on disk too. */
  mg_history_set_limit (again, size * 3 + size / 2);
  g_assert_cmpuint (mg_history_get_n_entries (again), ==, 3);
  g_assert_cmpint (g_date_time_get_minute (mg_history_get_entry (again, 0)->fetched), ==, 0);
  g_assert_cmpint (g_date_time_get_minute (mg_history_get_entry (again, 2)->fetched), ==, 44);
  g_clear_pointer (&history, mg_history_free);
  history = mg_history_open (URI, 0);
  g_assert_cmpuint (mg_history_get_n_entries (history), ==, 3);
}

/* The bundled feed as it stood at @updated (its own time), written to
 * @dir/@name. */
static void
write_snapshot (const char *dir,
                const char *name,
                const char *updated)
{
  g_autofree char *contents = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr (GError) error = NULL;
  const char *bundled = "\"updated\": \"2022-12-08T13:05:00+05:30\"";
  char *start;

  g_file_get_contents (g_test_get_filename (G_TEST_DIST, "..", "data", "feeds", "default.json", NULL),
                       &contents, NULL, &error);
  g_assert_no_error (error);
  /* The feed's own time, the first; the stories keep theirs. */
  start = strstr (contents, bundled);
  g_assert_nonnull (start);
  g_assert_cmpuint (strlen (updated), ==, strlen ("2022-12-08T13:05:00+05:30"));
  memcpy (start + strlen ("\"updated\": \""), updated, strlen (updated));
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static void
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static guint
count_files (const char *dir)
{
  g_autoptr (GDir) listing = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (listing != NULL && g_dir_read_name (listing) != NULL)
    n++;
  return n;
}

static void
remove_folder (const char *dir)
{
  g_autoptr (GFile) file = g_file_new_for_path (dir);
  g_autoptr (GFileEnumerator) children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                                    G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  GFileInfo *info;

  while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, g_file_info_get_name (info), NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_folder (path);
      else
        g_unlink (path);
      g_object_unref (info);
    }
  g_rmdir (dir);
}

/* A folder of snapshot files is a recorded count: its files in name order
 * as a file manager sorts them (2 before 10), each at the feed's own time
 * or else the file's; a file that is not a feed is skipped and named with
 * why, hidden files and folders within are no snapshots, and nothing is
 * ever written there. */
static void
test_folder (void)
{
  g_autofree char *dir = g_dir_make_tmp ("matganana-folder-XXXXXX", NULL);
  g_autofree char *sub = g_build_filename (dir, "older", NULL);
  g_autofree char *csv = g_build_filename (dir, "count-4.csv", NULL);
  g_autofree char *bad = g_build_filename (dir, "count-3.txt", NULL);
  g_autofree char *csv_text = NULL;
  g_autofree char *first_text = NULL;
  g_autoptr (MgHistory) history = NULL;
  g_autoptr (MgHistory) stored = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) body = NULL;
  g_autoptr (GDateTime) at_1100 = g_date_time_new_utc (2022, 12, 8, 5, 30, 0);
  g_autoptr (GDateTime) early = g_date_time_new_utc (2022, 12, 8, 3, 0, 0);
  struct utimbuf times = { .actime = 1670500800, .modtime = 1670500800 };  /* 2022-12-08T12:00:00Z */
  GPtrArray *skipped;
  gsize length;

  write_snapshot (dir, "count-1.json", "2022-12-08T09:30:00+05:30");
  write_snapshot (dir, "count-2.json", "2022-12-08T11:40:00+05:30");
  write_snapshot (dir, "count-10.json", "2022-12-08T13:05:00+05:30");
  write_file (dir, "count-3.txt", "not a feed");
  write_snapshot (dir, ".count-0.json", "2022-12-08T08:00:00+05:30");
  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  write_snapshot (sub, "count-0.json", "2022-12-08T08:00:00+05:30");
  /* A results CSV says no time: the file's is taken. */
  g_file_get_contents (g_test_get_filename (G_TEST_DIST, "data", "tcpd-ae-himachal-pradesh-2022.csv", NULL),
                       &csv_text, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (csv, csv_text, (gssize) length, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_utime (csv, &times), ==, 0);

  history = mg_history_open_folder (dir, &error);
  g_assert_no_error (error);
  g_assert_nonnull (history);
  g_assert_true (mg_history_is_read_only (history));
  g_assert_cmpuint (mg_history_get_n_entries (history), ==, 4);
  g_assert_true (g_str_has_suffix (mg_history_get_entry (history, 0)->path, "/count-1.json"));
  g_assert_true (g_str_has_suffix (mg_history_get_entry (history, 1)->path, "/count-2.json"));
  g_assert_true (g_str_has_suffix (mg_history_get_entry (history, 2)->path, "/count-4.csv"));
  g_assert_true (g_str_has_suffix (mg_history_get_entry (history, 3)->path, "/count-10.json"));
  /* 09:30 IST is 04:00 UTC. */
  g_assert_cmpint (g_date_time_get_hour (mg_history_get_entry (history, 0)->fetched), ==, 4);
  g_assert_cmpint (g_date_time_get_minute (mg_history_get_entry (history, 0)->fetched), ==, 0);
  g_assert_cmpint (g_date_time_get_hour (mg_history_get_entry (history, 1)->fetched), ==, 6);
  g_assert_cmpint (g_date_time_get_minute (mg_history_get_entry (history, 1)->fetched), ==, 10);
  g_assert_cmpint (g_date_time_to_unix (mg_history_get_entry (history, 2)->fetched), ==, times.modtime);
  g_assert_cmpint (g_date_time_get_hour (mg_history_get_entry (history, 3)->fetched), ==, 7);
  g_assert_cmpuint (mg_history_get_entry (history, 2)->size, ==, length);

  skipped = mg_history_get_skipped (history);
  g_assert_nonnull (skipped);
  g_assert_cmpuint (skipped->len, ==, 1);
  g_test_message ("%s", ((GError *) g_ptr_array_index (skipped, 0))->message);
  g_assert_true (g_str_has_prefix (((GError *) g_ptr_array_index (skipped, 0))->message, bad));
  g_assert_cmpuint (strlen (((GError *) g_ptr_array_index (skipped, 0))->message), >, strlen (bad) + 2);

  /* Read back as the files are. */
  body = mg_history_load (history, 0, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (mg_history_get_entry (history, 0)->path, &first_text, &length, NULL));
  g_assert_cmpmem (g_bytes_get_data (body, NULL), g_bytes_get_size (body), first_text, length);
  g_clear_pointer (&body, g_bytes_unref);
  g_assert_cmpint (mg_history_find_at (history, at_1100), ==, 0);
  g_assert_cmpint (mg_history_find_at (history, early), ==, -1);

  /* Read only: nothing is added, and nothing is written. */
  body = bytes ("{\"a\": 1}");
  g_assert_false (mg_history_add (history, body, at_1100, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY);
  g_assert_cmpuint (mg_history_get_n_entries (history), ==, 4);
  g_assert_cmpuint (count_files (dir), ==, 7);

  /* A feed's stored history is not. */
  stored = mg_history_open (URI, 0);
  g_assert_false (mg_history_is_read_only (stored));
  g_assert_null (mg_history_get_skipped (stored));
  remove_folder (dir);
}

/* A folder with no feed in it is an error naming it and, when it has
 * files, the first and why; so is one that cannot be read. */
static void
test_folder_errors (void)
{
  g_autofree char *dir = g_dir_make_tmp ("matganana-folder-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing", NULL);
  g_autofree char *first = g_build_filename (dir, "a.json", NULL);
  g_autoptr (MgHistory) history = NULL;
  g_autoptr (GError) error = NULL;

  history = mg_history_open_folder (dir, &error);
  g_assert_null (history);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, dir));
  g_clear_error (&error);

  write_file (dir, "a.json", "{");
  write_file (dir, "b.json", "");
  history = mg_history_open_folder (dir, &error);
  g_assert_null (history);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, dir));
  g_assert_nonnull (strstr (error->message, "none of the 2 files in this folder is a feed; the first: "));
  g_assert_nonnull (strstr (error->message, first));
  g_clear_error (&error);

  history = mg_history_open_folder (missing, &error);
  g_assert_null (history);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_nonnull (strstr (error->message, missing));
  remove_folder (dir);
}

/* A snapshot that cannot be written is an error saying where and why;
 * those stored before it stay, and read back. (As root no folder is
 * unwritable, so a folder stands where the file would go, and a file
 * where the history's folder would.) */
static void
test_unwritable (void)
{
  const char *third = "{\"a\": 3}";
  g_autofree char *dir = mg_history_dup_dir (URI);
  g_autofree char *sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, third, -1);
  g_autoptr (GDateTime) when = at_minute (2);
  g_autofree char *name = g_strdup_printf ("%016" G_GINT64_FORMAT "-%.16s.json.gz",
                                           g_date_time_to_unix (when) * G_USEC_PER_SEC, sum);
  g_autofree char *blocker = g_build_filename (dir, name, NULL);
  g_autofree char *other_dir = mg_history_dup_dir ("http://127.0.0.1:1/other.json");
  g_autoptr (MgHistory) history = NULL;
  g_autoptr (MgHistory) again = NULL;
  g_autoptr (MgHistory) nowhere = NULL;
  g_autoptr (GBytes) body = bytes (third);
  g_autoptr (GError) error = NULL;

  remove_history ();
  history = mg_history_open (URI, 0);
  add (history, "{\"a\": 1}", 0, TRUE);
  add (history, "{\"a\": 2}", 1, TRUE);
  g_assert_cmpint (g_mkdir (blocker, 0700), ==, 0);
  g_assert_false (mg_history_add (history, body, when, NULL, &error));
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, dir));
  g_clear_error (&error);
  g_rmdir (blocker);
  again = mg_history_open (URI, 0);
  g_assert_cmpuint (mg_history_get_n_entries (again), ==, 2);
  assert_body (again, 0, "{\"a\": 1}");
  assert_body (again, 1, "{\"a\": 2}");

  /* No folder for the history at all. */
  g_assert_true (g_file_set_contents (other_dir, "not a folder", -1, NULL));
  nowhere = mg_history_open ("http://127.0.0.1:1/other.json", 0);
  g_assert_false (mg_history_add (nowhere, body, when, NULL, &error));
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, other_dir));
  g_unlink (other_dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data = g_dir_make_tmp ("matganana-history-XXXXXX", NULL);

  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/history/dedup-and-read-back", test_dedup_and_read_back);
  g_test_add_func ("/history/atomic-write", test_atomic_write);
  g_test_add_func ("/history/find-at", test_find_at);
  g_test_add_func ("/history/corrupt-entries", test_corrupt_entries);
  g_test_add_func ("/history/thinning", test_thinning);
  g_test_add_func ("/history/unwritable", test_unwritable);
  g_test_add_func ("/history/folder", test_folder);
  g_test_add_func ("/history/folder-errors", test_folder_errors);
  return g_test_run ();
}
