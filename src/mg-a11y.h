/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void mg_a11y_name_column_view (GtkColumnView *view,
                               const char    *header_name,
                               const char    *list_name);
void mg_a11y_name_scrollers   (GtkWidget     *root,
                               const char    *name);
void mg_a11y_set_tooltip      (GtkWidget     *widget,
                               const char    *text);
const char *mg_a11y_get_tooltip (GtkWidget   *widget);
void mg_a11y_set_label        (GtkWidget     *widget,
                               const char    *label);
const char *mg_a11y_get_label (GtkWidget     *widget);

G_END_DECLS
