/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mg-types.h"

G_BEGIN_DECLS

void mg_bench_hooks_attach (GtkWidget  *window,
                            MgElection *election);

G_END_DECLS
