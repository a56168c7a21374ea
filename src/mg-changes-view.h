/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mg-types.h"

G_BEGIN_DECLS

#define MG_TYPE_CHANGES_VIEW (mg_changes_view_get_type ())

G_DECLARE_FINAL_TYPE (MgChangesView, mg_changes_view, MG, CHANGES_VIEW, GtkWidget)

GtkWidget *mg_changes_view_new       (void);
void       mg_changes_view_set_state (MgChangesView *self,
                                      MgStateResult *state);

G_END_DECLS
