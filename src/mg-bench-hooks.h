/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mg-types.h"

G_BEGIN_DECLS

typedef gboolean (*MgBenchReadyFunc) (GtkWidget *window);

void mg_bench_hooks_attach (GtkWidget        *window,
                            MgBenchReadyFunc  ready);

void mg_bench_mark (const char *phase);

G_END_DECLS
