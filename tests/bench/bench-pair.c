/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The side-by-side measuring that bench-parse and bench-seats share: rounds
 * that alternate which side goes first, each measurement a process of its
 * own, and the median of the rounds' ratios. */
#include "config.h"

#include <malloc.h>
#include <stdlib.h>
#include <string.h>

#include "bench-pair.h"

static int
compare (const void *a,
         const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/**
 * bench_pair_run_child:
 *
 * When this process was started by bench_pair_measure() (with --run=…),
 * runs that side once untimed and once timed, and prints the time.
 *
 * Returns: whether this process was such a run (and should exit)
 */
gboolean
bench_pair_run_child (int               argc,
                      char             *argv[],
                      BenchPairRunFunc  run,
                      gpointer          user_data)
{
  gboolean ours;

  if (argc != 2 || !g_str_has_prefix (argv[1], "--run="))
    return FALSE;
  ours = strcmp (argv[1], "--run=ours") == 0;

  /* Keep the warm-up's pages: without this the heap is given back and
   * faulted in again, and page faults are most of the noise. */
  mallopt (M_TRIM_THRESHOLD, 512 * 1024 * 1024);
  run (ours, user_data);
  g_print ("%.1f\n", run (ours, user_data));
  return TRUE;
}

/* Each measurement in a process of its own, started afresh, after one
 * untimed run of the same kind: neither side inherits the heap the other
 * left behind (in one process, each side's heap layout swung the other's
 * time by up to 20 %), and each process has its own address-space layout
 * (children forked from one parent all share its layout, and with some
 * layouts json-glib alone ran 60 % slower for a whole invocation). */
static double
measure (const char *self,
         gboolean    ours)
{
  const char *argv[] = { self, ours ? "--run=ours" : "--run=base", NULL };
  g_autofree char *out = NULL;
  g_autoptr (GError) error = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                     &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("a measuring run failed: %s", error->message);
  return g_ascii_strtod (out, NULL);
}

/**
 * bench_pair_measure:
 *
 * Measures both sides @rounds times, running this program again for each
 * measurement.
 */
void
bench_pair_measure (guint            rounds,
                    BenchPairResult *result)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree double *ours = g_new (double, rounds);
  g_autofree double *base = g_new (double, rounds);
  g_autofree double *ratios = g_new (double, rounds);

  g_assert (rounds > 0);
  if (self == NULL)
    g_error ("cannot find this program through /proc/self/exe");

  for (guint r = 0; r < rounds; r++)
    {
      /* Alternate which side goes first. */
      if (r % 2 == 0)
        {
          base[r] = measure (self, FALSE);
          ours[r] = measure (self, TRUE);
        }
      else
        {
          ours[r] = measure (self, TRUE);
          base[r] = measure (self, FALSE);
        }
    }

  /* The ratio is the median of each round's pair: the two runs of a round
   * are back to back and share the machine's state, which drifts over the
   * whole run more than they differ. */
  for (guint r = 0; r < rounds; r++)
    ratios[r] = ours[r] / base[r];
  qsort (ratios, rounds, sizeof (double), compare);
  qsort (ours, rounds, sizeof (double), compare);
  qsort (base, rounds, sizeof (double), compare);
  result->ours = ours[rounds / 2];
  result->base = base[rounds / 2];
  result->ratio_median = ratios[rounds / 2];
  result->ratio_min = ratios[0];
  result->ratio_max = ratios[rounds - 1];
}
