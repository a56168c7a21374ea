/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mg-open-feed-dialog.h"
#include "mg-window-private.h"

G_BEGIN_DECLS

/* What the window tests (test-window*.c) share. */

void              mg_test_window_init              (int                *argc,
                                                    char             ***argv);
void              mg_test_reset_settings           (void);

/* Windows, and conditions for mg_test_wait_for() on them. */
MgWindow         *mg_test_window_new               (const char         *feed_name);
void              mg_test_window_load              (MgWindow           *window,
                                                    const char         *path);
MgWindow         *mg_test_window_follow            (MgApplication      *app,
                                                    const char         *address,
                                                    guint               interval);
MgStatePage      *mg_test_first_page               (MgWindow           *window);
gboolean          mg_test_window_loaded            (gpointer            data);
gboolean          mg_test_window_is_active         (gpointer            data);
gboolean          mg_test_decided_is               (MgWindow           *window,
                                                    guint               decided);
gboolean          mg_test_shows_first_snapshot     (gpointer            data);
guint             mg_test_himachal_points          (MgWindow           *window);
gboolean          mg_test_trend_has_three_points   (gpointer            data);

/* Widgets found in a window. */
GtkWidget        *mg_test_find_widget_of_type      (GtkWidget          *root,
                                                    GType               type);
GtkWidget        *mg_test_find_widget_with_class   (GtkWidget          *root,
                                                    const char         *css_class);
GtkWidget        *mg_test_find_button_with_label   (GtkWidget          *root,
                                                    const char         *label);
MgOpenFeedDialog *mg_test_find_open_feed_dialog    (void);
void              mg_test_collect_labels           (GtkWidget          *widget,
                                                    GString            *texts,
                                                    GHashTable         *by_text);

/* Feeds served by the replay server. */
char             *mg_test_himachal_snapshot        (const char         *won,
                                                    const char         *leading);
char             *mg_test_start_feed_server        (const char         *dir,
                                                    const char         *period,
                                                    GSubprocess       **server,
                                                    GDataInputStream  **output);
char             *mg_test_serve_two                (const char         *dir,
                                                    const char         *first,
                                                    const char         *next,
                                                    const char         *period,
                                                    GSubprocess       **server,
                                                    GDataInputStream  **output);
void              mg_test_wait_for_snapshot_served (GDataInputStream   *output,
                                                    guint               n);

G_END_DECLS
