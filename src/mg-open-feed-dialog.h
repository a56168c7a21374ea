/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MG_TYPE_OPEN_FEED_DIALOG (mg_open_feed_dialog_get_type ())

G_DECLARE_FINAL_TYPE (MgOpenFeedDialog, mg_open_feed_dialog, MG, OPEN_FEED_DIALOG, GtkDialog)

MgOpenFeedDialog *mg_open_feed_dialog_new                (GtkWindow        *parent,
                                                          const char       *uri);
char             *mg_open_feed_dialog_dup_uri            (MgOpenFeedDialog *self);
GtkFileChooser   *mg_open_feed_dialog_get_chooser        (MgOpenFeedDialog *self);
GtkFileChooser   *mg_open_feed_dialog_get_folder_chooser (MgOpenFeedDialog *self);

G_END_DECLS
