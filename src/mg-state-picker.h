/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MG_TYPE_STATE_PICKER (mg_state_picker_get_type ())

G_DECLARE_FINAL_TYPE (MgStatePicker, mg_state_picker, MG, STATE_PICKER, GtkPopover)

GtkWidget *mg_state_picker_new          (void);
void       mg_state_picker_set_states   (MgStatePicker *self,
                                         GListModel    *states);
void       mg_state_picker_set_search   (MgStatePicker *self,
                                         const char    *text);
guint      mg_state_picker_get_n_shown  (MgStatePicker *self);
int        mg_state_picker_get_shown    (MgStatePicker *self,
                                         guint          index);

G_END_DECLS
