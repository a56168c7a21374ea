/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mg_memory_release_soon(): memory freed in the middle of the heap goes
 * back to the system a little later, as after a feed's parse. */
#include "config.h"

#include <glib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "mg-memory.h"

#define N_BLOCKS 40000
#define BLOCK_SIZE 1000  /* below malloc's threshold for a map of its own */

static gsize
resident_bytes (void)
{
  g_autofree char *statm = NULL;
  unsigned long size = 0, resident = 0;

  g_assert_true (g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL));
  g_assert_cmpint (sscanf (statm, "%lu %lu", &size, &resident), ==, 2);
  return resident * (gsize) sysconf (_SC_PAGESIZE);
}

static gboolean
quit_cb (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

static void
spin (guint ms)
{
  g_autoptr (GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  g_timeout_add (ms, quit_cb, loop);
  g_main_loop_run (loop);
}

static void
test_release (void)
{
  char **blocks = g_new (char *, N_BLOCKS);
  char *last;
  gsize before, held, after;

#if defined(__SANITIZE_ADDRESS__)
  g_test_skip ("AddressSanitizer has an allocator of its own");
  g_free (blocks);
  return;
#endif
#ifndef HAVE_MALLOC_TRIM
  g_test_skip ("this C library cannot give memory back");
  g_free (blocks);
  return;
#endif

  before = resident_bytes ();
  for (guint i = 0; i < N_BLOCKS; i++)
    blocks[i] = memset (g_malloc (BLOCK_SIZE), 1, BLOCK_SIZE);
  /* A block after them all keeps the heap from shrinking at its end. */
  last = g_malloc (BLOCK_SIZE);
  for (guint i = 0; i < N_BLOCKS; i++)
    g_free (blocks[i]);
  held = resident_bytes ();
  g_assert_cmpuint (held, >, before + N_BLOCKS * BLOCK_SIZE / 2);

  mg_memory_release_soon ();
  /* Not at once: after the launch's first frames. */
  g_assert_cmpuint (resident_bytes (), >, before + N_BLOCKS * BLOCK_SIZE / 2);
  spin (1300);
  after = resident_bytes ();
  g_test_message ("resident: %zu KiB before, %zu KiB with the freed blocks, %zu KiB after",
                  before / 1024, held / 1024, after / 1024);
  g_assert_cmpuint (after, <, held - N_BLOCKS * BLOCK_SIZE / 2);

  g_free (last);
  g_free (blocks);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/memory/release", test_release);
  return g_test_run ();
}
