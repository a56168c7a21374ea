/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void   bench_frames_init       (void);
void   bench_frames_watch      (GtkWidget    *window);
gint64 bench_frames_begin      (void);
gint64 bench_frames_until_paint (gint64       since,
                                gint64      *total);
void   bench_frames_settle     (void);
double bench_percentile        (const double *values,
                                guint         n,
                                guint         percent);
double bench_median            (const double *values,
                                guint         n);

G_END_DECLS
