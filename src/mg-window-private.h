/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mg-window.h"

G_BEGIN_DECLS

/* What mg-window.c and mg-window-actions.c share, and the accessors only
 * tests use. Nothing else includes this header. */
struct _MgWindow
{
  GtkApplicationWindow  parent_instance;

  GSettings            *settings;
  MgElection           *election;
  MgFeedSource         *source;
  char                 *pending_state_id;
  gboolean              have_data;
  gboolean              reader_visible;
  gboolean              rebuilding_pages;
  guint                 spinner_timeout;

  /* Page setup and printer settings chosen in the print dialog, kept for
   * the next print. */
  GtkPrintSettings     *print_settings;
  GtkPageSetup         *page_setup;

  /* Template widgets */
  GtkLabel             *subtitle_label;
  GtkStack             *refresh_stack;
  GtkSpinner           *refresh_spinner;
  GtkRevealer          *error_revealer;
  GtkLabel             *error_label;
  GtkStack             *main_stack;
  GtkLabel             *empty_title;
  GtkLabel             *empty_description;
  GtkPaned             *paned;
  GtkScrolledWindow    *tabs_scroller;
  GtkStackSwitcher     *state_switcher;
  GtkStack             *state_stack;
  MgReader             *reader;
  GtkMenuButton        *menu_button;
  GtkToggleButton      *reader_button;
  GMenuModel           *primary_menu;
};

/* mg-window.c */
void         mg_window_show_error          (MgWindow      *self,
                                            const char    *message);
int          mg_window_get_selected_index  (MgWindow      *self);
gboolean     mg_window_select_state_index  (MgWindow      *self,
                                            int            position,
                                            gboolean       focus_tab);
void         mg_window_focus_selected_tab  (MgWindow      *self);

/* mg-window-actions.c */
void         mg_window_class_add_actions   (GtkWidgetClass *widget_class);
void         mg_window_update_actions      (MgWindow      *self);
void         mg_window_add_capture_shortcuts (MgWindow    *self);
void         mg_window_focus_results       (MgWindow      *self);

/* For tests */
const char  *mg_window_get_subtitle        (MgWindow      *self);
gboolean     mg_window_get_loading         (MgWindow      *self);
const char  *mg_window_get_error           (MgWindow      *self);
guint        mg_window_get_n_state_pages   (MgWindow      *self);
MgStatePage *mg_window_get_state_page      (MgWindow      *self,
                                            guint          position);
GtkWidget   *mg_window_get_state_tab       (MgWindow      *self,
                                            guint          position);
MgReader    *mg_window_get_reader          (MgWindow      *self);

G_END_DECLS
