/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mg-state-picker.h"
#include "mg-types.h"

G_BEGIN_DECLS

#define MG_TYPE_STATE_TABS (mg_state_tabs_get_type ())

G_DECLARE_FINAL_TYPE (MgStateTabs, mg_state_tabs, MG, STATE_TABS, GtkWidget)

GtkWidget     *mg_state_tabs_new                (void);
void           mg_state_tabs_set_states         (MgStateTabs *self,
                                                 GListModel  *states);
guint          mg_state_tabs_get_n_pages        (MgStateTabs *self);
MgStatePage   *mg_state_tabs_get_page           (MgStateTabs *self,
                                                 guint        position);
MgStatePage   *mg_state_tabs_peek_page          (MgStateTabs *self,
                                                 guint        position);

typedef void (*MgStatePageFunc) (MgStatePage *page,
                                 gpointer     user_data);
void           mg_state_tabs_foreach_page       (MgStateTabs    *self,
                                                 MgStatePageFunc func,
                                                 gpointer        user_data);
GtkWidget     *mg_state_tabs_get_tab            (MgStateTabs *self,
                                                 guint        position);
int            mg_state_tabs_get_selected_index (MgStateTabs *self);
MgStateResult *mg_state_tabs_get_selected_state (MgStateTabs *self);
gboolean       mg_state_tabs_select_index       (MgStateTabs *self,
                                                 int          position,
                                                 gboolean     focus_tab);
void           mg_state_tabs_focus_tab          (MgStateTabs *self);
gboolean       mg_state_tabs_open_picker        (MgStateTabs *self);
MgStatePicker *mg_state_tabs_get_picker         (MgStateTabs *self);
void           mg_state_tabs_focus_page         (MgStateTabs *self);
gboolean       mg_state_tabs_has_focus_in_tabs  (MgStateTabs *self,
                                                 GtkWidget   *focus);
gboolean       mg_state_tabs_has_focus_in_page  (MgStateTabs *self,
                                                 GtkWidget   *focus);

G_END_DECLS
