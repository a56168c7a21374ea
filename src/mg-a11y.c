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

static gboolean
on_query_tooltip_cb (GtkWidget  *widget,
                     int         x,
                     int         y,
                     gboolean    keyboard,
                     GtkTooltip *tooltip,
                     gpointer    user_data)
{
  const char *text = g_object_get_data (G_OBJECT (widget), "mg-tooltip");

  if (text == NULL || *text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/**
 * mg_a11y_set_tooltip:
 * @text: (nullable): the tooltip, which is also what a screen reader says
 *   of the widget after its name
 *
 * Gives @widget a tooltip as gtk_widget_set_tooltip_text() does, without
 * its cost: GTK 4.8 asks the display where the pointer is each time a
 * tooltip is set (about 0.27 ms under X), and every state's seats view
 * sets a dozen.
 */
void
mg_a11y_set_tooltip (GtkWidget  *widget,
                     const char *text)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (g_object_get_data (G_OBJECT (widget), "mg-tooltip") == NULL)
    g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), NULL);
  g_object_set_data_full (G_OBJECT (widget), "mg-tooltip", g_strdup (text != NULL ? text : ""), g_free);
  gtk_widget_set_has_tooltip (widget, text != NULL && *text != '\0');
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text != NULL ? text : "", -1);
}

/* Returns: (nullable): the tooltip mg_a11y_set_tooltip() gave @widget */
const char *
mg_a11y_get_tooltip (GtkWidget *widget)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  return g_object_get_data (G_OBJECT (widget), "mg-tooltip");
}

/* Names @widget for screen readers, and keeps the name where
 * mg_a11y_get_label() finds it (GTK 4.8 cannot read it back). */
void
mg_a11y_set_label (GtkWidget  *widget,
                   const char *label)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  g_object_set_data_full (G_OBJECT (widget), "mg-label", g_strdup (label != NULL ? label : ""), g_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label != NULL ? label : "", -1);
}

/* Returns: (nullable): the name mg_a11y_set_label() gave @widget */
const char *
mg_a11y_get_label (GtkWidget *widget)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  return g_object_get_data (G_OBJECT (widget), "mg-label");
}
