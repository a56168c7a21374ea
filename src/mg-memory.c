/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-memory"

#include "config.h"

#ifdef HAVE_MALLOC_TRIM
#include <malloc.h>
#endif

#include "mg-memory.h"

/* How long after the last request the memory is given back: after a
 * launch's first frames, not during them. */
#define RELEASE_DELAY_MS 1000

static guint release_id;

static gboolean
release_cb (gpointer user_data)
{
  release_id = 0;
#ifdef HAVE_MALLOC_TRIM
  malloc_trim (0);
#endif
  return G_SOURCE_REMOVE;
}

/**
 * mg_memory_release_soon:
 *
 * Gives the memory freed since back to the system, a little later, when
 * nothing else is waiting. A feed is parsed in a thread into a JSON tree
 * that is freed once the results are read; the C library keeps such
 * memory, and the thread's heap, resident (3.7 MiB of a launch's 100)
 * unless asked to return it.
 */
void
mg_memory_release_soon (void)
{
  g_clear_handle_id (&release_id, g_source_remove);
  release_id = g_timeout_add_full (G_PRIORITY_LOW, RELEASE_DELAY_MS, release_cb, NULL, NULL);
}
