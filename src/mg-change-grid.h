/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mg-seat-changes.h"

G_BEGIN_DECLS

GtkWidget *mg_change_grid_new (MgChangeTable *table);

G_END_DECLS
