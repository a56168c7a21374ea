/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mg-alliances-dialog.h"
#include "mg-state-tabs.h"
#include "mg-time-bar.h"
#include "mg-trend.h"
#include "mg-watchlist.h"
#include "mg-window.h"

G_BEGIN_DECLS

/* What mg-window.c and mg-window-actions.c share, and the accessors only
 * tests use. Nothing else includes this header. */
struct _MgWindow
{
  GtkApplicationWindow  parent_instance;

  GSettings            *settings;
  MgElection           *election;
  GListStore           *house;   /* the house as one state, when there is one */
  GListModel           *pages;   /* the tabs' states: the house, then the states */
  MgFeedSource         *source;
  char                 *pending_state_id;
  guint                 pending_seat;
  gboolean              have_data;
  gboolean              reader_visible;
  gboolean              local_time;
  guint                 spinner_timeout;
  guint                 present_timeout;  /* the window waits for its first results */

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
  MgStateTabs          *state_tabs;
  MgReader             *reader;
  GtkMenuButton        *menu_button;
  GtkToggleButton      *reader_button;
  MgTimeBar            *time_bar;
  MgElection           *live;  /* the feed's latest, shown or waiting */
  GDateTime            *live_time;       /* when its stored snapshot was fetched */
  MgTrend              *trend;
  guint                 trend_idle;
  GHashTable           *ahead;           /* fetch time (µs) to the snapshot, parsed */
  guint                 ahead_idle;
  GDateTime            *loaded_time;     /* the snapshot last read back */
  MgElection           *loaded;
  MgWatchlist          *watchlist;
  GtkWidget            *watch_revealer;
  GtkWidget            *watch_label;
  char                 *watch_state_id;  /* the seat the bar tells of */
  guint                 watch_number;
  GMenuModel           *primary_menu;
  GPtrArray            *user_alliances;     /* the user's for the feed, when it names none */
  char                 *user_alliances_uri; /* whose they are */
  gboolean              feed_alliances;     /* the feed names alliances of its own */
};

/* mg-window.c */
void         mg_window_show_error          (MgWindow      *self,
                                            const char    *message);
GTimeZone   *mg_window_dup_display_zone    (MgWindow      *self);
void         mg_window_show_results        (MgWindow      *self,
                                            MgElection    *results,
                                            gboolean       live);

/* mg-window-history.c */
gboolean     mg_window_history_take_live   (MgWindow      *self,
                                            MgElection    *parsed);
void         mg_window_history_init        (MgWindow      *self);
void         mg_window_history_dispose     (MgWindow      *self);
void         mg_window_history_update_pages (MgWindow     *self);
void         mg_window_history_update_page  (MgWindow     *self,
                                             MgStatePage  *page);
void         mg_window_history_class_init  (GtkWidgetClass *widget_class);
gboolean     mg_window_history_step        (MgWindow      *self,
                                            int            step);

/* mg-window-watch.c */
void         mg_window_watch_init          (MgWindow      *self);
void         mg_window_watch_dispose       (MgWindow      *self);
void         mg_window_watch_update_page   (MgWindow      *self,
                                            MgStatePage   *page);
void         mg_window_watch_check         (MgWindow      *self,
                                            MgElection    *before,
                                            MgElection    *after);
const char  *mg_window_get_watch_banner    (MgWindow      *self);

/* mg-window-alliances.c */
void         mg_window_alliances_apply     (MgWindow      *self,
                                            MgElection    *results);
MgAlliancesDialog *mg_window_alliances_edit (MgWindow     *self);
void         mg_window_alliances_dispose   (MgWindow      *self);

/* mg-window-chart.c */
gboolean     mg_window_chart_copy          (MgWindow      *self);
void         mg_window_chart_update_actions (MgWindow     *self);
void         mg_window_chart_class_init    (GtkWidgetClass *widget_class);

/* mg-window-selection.c */
void         mg_window_apply_pending       (MgWindow      *self,
                                            gboolean       first);

/* mg-window-actions.c */
void         mg_window_class_add_actions   (GtkWidgetClass *widget_class);
void         mg_window_update_actions      (MgWindow      *self);
void         mg_window_add_capture_shortcuts (MgWindow    *self);

/* For tests */
const char  *mg_window_get_subtitle        (MgWindow      *self);
gboolean     mg_window_get_loading         (MgWindow      *self);
const char  *mg_window_get_error           (MgWindow      *self);
MgStateTabs *mg_window_get_state_tabs      (MgWindow      *self);
MgReader    *mg_window_get_reader          (MgWindow      *self);

G_END_DECLS
