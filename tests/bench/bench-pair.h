/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Two sides measured side by side, each run in a process of its own: the
 * benchmark program runs itself with --run=ours or --run=base. */

/* One run of a side (@ours, or the baseline), timed: the microseconds it took. */
typedef double (*BenchPairRunFunc) (gboolean ours,
                                    gpointer user_data);

typedef struct {
  double ours;           /* median of our side's times, in microseconds */
  double base;           /* the same for the baseline */
  double ratio_median;   /* of the rounds' ratios, ours over base */
  double ratio_min;
  double ratio_max;
} BenchPairResult;

gboolean bench_pair_run_child (int               argc,
                               char             *argv[],
                               BenchPairRunFunc  run,
                               gpointer          user_data);
void     bench_pair_measure   (guint             rounds,
                               BenchPairResult  *result);

G_END_DECLS
