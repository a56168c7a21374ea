/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-window"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-feed-source.h"
#include "mg-open-feed-dialog.h"
#include "mg-print-operation.h"
#include "mg-reader.h"
#include "mg-window-private.h"

/* The window's actions and their keys. The keys of the actions the main
 * menu shows are the application's (mg-application.c), so that the menu
 * shows them; the others are here. */

static void
select_state_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MgWindow *self = MG_WINDOW (widget);
  int index = g_variant_get_int32 (parameter);

  if (index >= 0 && index < gtk_notebook_get_n_pages (self->notebook))
    gtk_notebook_set_current_page (self->notebook, index);
}

static void
cycle_state_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MgWindow *self = MG_WINDOW (widget);
  int n = gtk_notebook_get_n_pages (self->notebook);
  int step = g_str_equal (action_name, "win.next-state") ? 1 : -1;

  if (n > 0)
    gtk_notebook_set_current_page (self->notebook,
                                   (gtk_notebook_get_current_page (self->notebook) + step + n) % n);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MgWindow *self = MG_WINDOW (widget);

  if (g_str_equal (action_name, "win.zoom-in"))
    mg_reader_zoom_in (self->reader);
  else if (g_str_equal (action_name, "win.zoom-out"))
    mg_reader_zoom_out (self->reader);
  else
    mg_reader_set_zoom (self->reader, 1.0);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MgWindow *self = MG_WINDOW (widget);

  if (!self->reader_visible)
    g_object_set (self, "reader-visible", TRUE, NULL);
  mg_reader_start_search (self->reader);
}

/* F6: focus moves from the tabs to the page (chart and table) to the news
 * and back, as in other GNOME applications with panes. */
static void
cycle_focus_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MgWindow *self = MG_WINDOW (widget);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *page = NULL;
  int current = gtk_notebook_get_current_page (self->notebook);
  GtkWidget *reader_view = GTK_WIDGET (mg_reader_get_view (self->reader));

  if (current >= 0)
    page = gtk_notebook_get_nth_page (self->notebook, current);

  if (focus != NULL && self->reader_visible && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->reader)))
    gtk_widget_grab_focus (GTK_WIDGET (self->notebook));
  else if (focus != NULL && page != NULL && (focus == page || gtk_widget_is_ancestor (focus, page)))
    {
      if (self->reader_visible)
        gtk_widget_grab_focus (reader_view);
      else
        gtk_widget_grab_focus (GTK_WIDGET (self->notebook));
    }
  else if (page != NULL)
    gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

static void
on_print_done_cb (MgWindow                *self,
                  GtkPrintOperationResult  result,
                  GtkPrintOperation       *operation)
{
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      g_set_object (&self->print_settings, gtk_print_operation_get_print_settings (operation));
      g_set_object (&self->page_setup, gtk_print_operation_get_default_page_setup (operation));
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *message = NULL;

      gtk_print_operation_get_error (operation, &error);
      message = g_strdup_printf (_("Could not print: %s"), error ? error->message : "");
      mg_window_show_error (self, message);
    }
}

/* Ctrl+P: "Print Seat Summary…" through the print dialog. */
static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MgWindow *self = MG_WINDOW (widget);
  g_autoptr (MgPrintOperation) operation = NULL;
  g_autoptr (GError) error = NULL;

  operation = mg_print_operation_new (self->election, mg_window_get_selected_state (self), FALSE,
                                      self->page_setup);
  if (self->print_settings != NULL)
    gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (operation), self->print_settings);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), TRUE);
  gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                           GTK_WINDOW (self), &error);
  if (error != NULL)
    mg_window_show_error (self, error->message);
}

static void
refresh_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  mg_feed_source_refresh (MG_WINDOW (widget)->source);
}

static void
on_open_feed_response_cb (MgWindow         *self,
                          int               response,
                          MgOpenFeedDialog *dialog)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autofree char *uri = mg_open_feed_dialog_dup_uri (dialog);

      if (uri != NULL)
        {
          g_settings_set_string (self->settings, "feed-uri", uri);
          mg_window_load_uri (self, uri);
        }
    }
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Ctrl+L: a small dialog asking for the feed's address. */
static void
open_feed_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MgWindow *self = MG_WINDOW (widget);
  MgOpenFeedDialog *dialog;

  dialog = mg_open_feed_dialog_new (GTK_WINDOW (self), mg_feed_source_get_uri (self->source));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_open_feed_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * mg_window_update_actions:
 *
 * Enables the actions that can run now: printing needs results, refreshing
 * a feed.
 */
void
mg_window_update_actions (MgWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "win.print", self->have_data);
  gtk_widget_action_set_enabled (widget, "win.refresh",
                                 mg_feed_source_get_uri (self->source) != NULL);
}

/* Installs the window's actions and the keys that are not the
 * application's. */
void
mg_window_class_add_actions (GtkWidgetClass *widget_class)
{
  static const struct {
    guint           key;
    GdkModifierType modifiers;
    const char     *action;
  } keys[] = {
    { GDK_KEY_Page_Down, GDK_CONTROL_MASK, "win.next-state" },
    { GDK_KEY_Page_Up, GDK_CONTROL_MASK, "win.previous-state" },
    { GDK_KEY_plus, GDK_CONTROL_MASK, "win.zoom-in" },
    { GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom-in" },
    { GDK_KEY_KP_Add, GDK_CONTROL_MASK, "win.zoom-in" },
    { GDK_KEY_minus, GDK_CONTROL_MASK, "win.zoom-out" },
    { GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "win.zoom-out" },
    { GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-reset" },
    { GDK_KEY_KP_0, GDK_CONTROL_MASK, "win.zoom-reset" },
    { GDK_KEY_f, GDK_CONTROL_MASK, "win.find" },
    { GDK_KEY_F6, 0, "win.cycle-focus" },
  };

  gtk_widget_class_install_action (widget_class, "win.select-state", "i", select_state_action);
  gtk_widget_class_install_action (widget_class, "win.next-state", NULL, cycle_state_action);
  gtk_widget_class_install_action (widget_class, "win.previous-state", NULL, cycle_state_action);
  gtk_widget_class_install_property_action (widget_class, "win.show-reader", "reader-visible");
  gtk_widget_class_install_action (widget_class, "win.refresh", NULL, refresh_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.cycle-focus", NULL, cycle_focus_action);
  gtk_widget_class_install_action (widget_class, "win.open-feed", NULL, open_feed_action);

  for (guint i = 0; i < 9; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.select-state", "i", (int) i);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i].key, keys[i].modifiers,
                                         keys[i].action, NULL);
}
