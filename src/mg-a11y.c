/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-a11y"

#include "config.h"

#include "mg-a11y.h"

/* Names for the parts GTK 4.8 builds inside its widgets and leaves named
 * after their classes, which screen readers would read out. */

/**
 * mg_a11y_name_column_view:
 * @header_name: the name of the row of column titles
 * @list_name: the name of the list of rows
 *
 * A column view's header row and its list both take the focus.
 */
void
mg_a11y_name_column_view (GtkColumnView *view,
                          const char    *header_name,
                          const char    *list_name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    GTK_IS_LIST_VIEW (child) ? list_name : header_name, -1);
}

/**
 * mg_a11y_name_scrollers:
 *
 * Names every scrolled window in @root: a popover menu scrolls its items
 * in one that takes the focus.
 */
void
mg_a11y_name_scrollers (GtkWidget  *root,
                        const char *name)
{
  if (GTK_IS_SCROLLED_WINDOW (root))
    gtk_accessible_update_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    mg_a11y_name_scrollers (child, name);
}
