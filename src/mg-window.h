/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mg-types.h"

G_BEGIN_DECLS

#define MG_TYPE_WINDOW (mg_window_get_type ())

G_DECLARE_FINAL_TYPE (MgWindow, mg_window, MG, WINDOW, GtkApplicationWindow)

MgWindow      *mg_window_new               (MgApplication *application);
MgElection    *mg_window_get_election      (MgWindow      *self);
void           mg_window_load_uri          (MgWindow      *self,
                                            const char    *uri);
void           mg_window_load_feed         (MgWindow      *self,
                                            GFile         *file);
MgFeedSource  *mg_window_get_feed_source   (MgWindow      *self);
MgStateResult *mg_window_get_selected_state (MgWindow     *self);
void           mg_window_present_when_ready (MgWindow    *self);
gboolean       mg_window_get_results_painted (MgWindow   *self);
gboolean       mg_window_select_state_id   (MgWindow      *self,
                                            const char    *id);

void           mg_window_show_seat         (MgWindow      *self,
                                            guint          number);

G_END_DECLS
