/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-window"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-feed-source.h"
#include "mg-open-feed-dialog.h"
#include "mg-print-operation.h"
#include "mg-reader.h"
#include "mg-seats-view.h"
#include "mg-state-page.h"
#include "mg-window-private.h"

/* The window's actions and their keys. The keys of the actions the main
 * menu shows are the application's (mg-application.c), so that the menu
 * shows them; the others are here. */

/* Alt+1…9, Ctrl+Page Up/Down: the state's tab takes the focus, so that a
 * screen reader says which state is now shown (GTK 4.8 has no other way
 * to announce it). */
static void
select_state_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  mg_state_tabs_select_index (MG_WINDOW (widget)->state_tabs, g_variant_get_int32 (parameter), TRUE);
}

static void
cycle_state_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MgWindow *self = MG_WINDOW (widget);
  int n = (int) mg_state_tabs_get_n_pages (self->state_tabs);
  int step = g_str_equal (action_name, "win.next-state") ? 1 : -1;
  int next = (mg_state_tabs_get_selected_index (self->state_tabs) + step + n) % MAX (n, 1);

  mg_state_tabs_select_index (self->state_tabs, next, TRUE);
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

typedef enum {
  REGION_TABS,
  REGION_RESULTS,
  REGION_NEWS,
  REGION_OTHER,
} Region;

static Region
focus_region (MgWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (mg_state_tabs_has_focus_in_tabs (self->state_tabs, focus))
    return REGION_TABS;
  if (mg_state_tabs_has_focus_in_page (self->state_tabs, focus))
    return REGION_RESULTS;
  if (self->reader_visible && focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->reader)))
    return REGION_NEWS;
  return REGION_OTHER;
}

/* F6 and Shift+F6: focus goes round the three regions, tabs → results →
 * news → tabs, as in other GNOME applications with panes. */
static void
cycle_focus_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MgWindow *self = MG_WINDOW (widget);
  int n_regions = self->reader_visible ? 3 : 2;
  int step = g_str_equal (action_name, "win.cycle-focus") ? 1 : n_regions - 1;
  Region region = focus_region (self);
  Region next = region == REGION_OTHER ? REGION_TABS : (Region) (((int) region + step) % n_regions);

  switch (next)
    {
    case REGION_TABS:
      mg_state_tabs_focus_tab (self->state_tabs);
      break;
    case REGION_RESULTS:
      mg_state_tabs_focus_page (self->state_tabs);
      break;
    case REGION_NEWS:
      gtk_widget_grab_focus (GTK_WIDGET (mg_reader_get_view (self->reader)));
      break;
    case REGION_OTHER:
    default:
      g_assert_not_reached ();
    }
}

/* The main menu's bundled results: the counting-day snapshot or the final
 * results, by the resource's name. */
static void
open_bundled_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MgWindow *self = MG_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);
  g_autofree char *uri = NULL;

  if (!g_str_equal (name, "default") && !g_str_equal (name, "final-2022"))
    return;
  uri = g_strdup_printf ("resource://" RESOURCE_BASE "/feeds/%s.json", name);
  g_settings_set_string (self->settings, "feed-uri", uri);
  mg_window_load_uri (self, uri);
}

/* Ctrl+K: the selected state's seats, the focus in their search. Not
 * Ctrl+F, which finds in the story. */
/* Ctrl+Shift+K: the state picker, where the states are many. */
static void
pick_state_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  mg_state_tabs_open_picker (MG_WINDOW (widget)->state_tabs);
}

static void
find_seat_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MgWindow *self = MG_WINDOW (widget);
  int position = mg_state_tabs_get_selected_index (self->state_tabs);
  MgStatePage *page = position >= 0 ? mg_state_tabs_get_page (self->state_tabs, (guint) position) : NULL;

  if (page != NULL && mg_state_page_show_seats (page))
    mg_seats_view_focus_search (mg_state_page_get_seats_view (page));
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
  mg_print_operation_set_view (operation,
                               (g_settings_get_boolean (self->settings, "by-alliance") ? MG_SUMMARY_BY_ALLIANCE : 0) |
                               (g_settings_get_boolean (self->settings, "two-thirds-mark") ? MG_SUMMARY_TWO_THIRDS : 0));
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
  mg_window_chart_update_actions (self);
  gtk_widget_action_set_enabled (widget, "win.refresh",
                                 mg_feed_source_get_uri (self->source) != NULL);
}

static void
edit_alliances_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  mg_window_alliances_edit (MG_WINDOW (widget));
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
    { GDK_KEY_plus, GDK_CONTROL_MASK, "win.zoom-in" },
    { GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom-in" },
    { GDK_KEY_KP_Add, GDK_CONTROL_MASK, "win.zoom-in" },
    { GDK_KEY_minus, GDK_CONTROL_MASK, "win.zoom-out" },
    { GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "win.zoom-out" },
    { GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-reset" },
    { GDK_KEY_KP_0, GDK_CONTROL_MASK, "win.zoom-reset" },
    { GDK_KEY_f, GDK_CONTROL_MASK, "win.find" },
    { GDK_KEY_k, GDK_CONTROL_MASK, "win.find-seat" },
    { GDK_KEY_K, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.pick-state" },
  };

  gtk_widget_class_install_action (widget_class, "win.select-state", "i", select_state_action);
  gtk_widget_class_install_action (widget_class, "win.next-state", NULL, cycle_state_action);
  gtk_widget_class_install_action (widget_class, "win.previous-state", NULL, cycle_state_action);
  gtk_widget_class_install_property_action (widget_class, "win.show-reader", "reader-visible");
  gtk_widget_class_install_property_action (widget_class, "win.local-time", "local-time");
  gtk_widget_class_install_action (widget_class, "win.refresh", NULL, refresh_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.cycle-focus", NULL, cycle_focus_action);
  gtk_widget_class_install_action (widget_class, "win.cycle-focus-back", NULL, cycle_focus_action);
  gtk_widget_class_install_action (widget_class, "win.open-feed", NULL, open_feed_action);
  gtk_widget_class_install_action (widget_class, "win.find-seat", NULL, find_seat_action);
  gtk_widget_class_install_action (widget_class, "win.pick-state", NULL, pick_state_action);
  gtk_widget_class_install_action (widget_class, "win.open-bundled", "s", open_bundled_action);
  gtk_widget_class_install_action (widget_class, "win.edit-alliances", NULL, edit_alliances_action);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i].key, keys[i].modifiers,
                                         keys[i].action, NULL);
}

/**
 * mg_window_add_capture_shortcuts:
 *
 * The keys that move between states and regions work wherever the focus
 * is: they are looked at before the focused widget sees them, so that the
 * story's text view (Ctrl+Page Up/Down) and the paned (F6) do not take
 * them first.
 */
void
mg_window_add_capture_shortcuts (MgWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  static const struct {
    guint           key;
    GdkModifierType modifiers;
    const char     *action;
  } keys[] = {
    { GDK_KEY_Page_Down, GDK_CONTROL_MASK, "win.next-state" },
    { GDK_KEY_Page_Up, GDK_CONTROL_MASK, "win.previous-state" },
    { GDK_KEY_F6, 0, "win.cycle-focus" },
    { GDK_KEY_F6, GDK_SHIFT_MASK, "win.cycle-focus-back" },
  };

  static const struct {
    guint keyval;
    int   step;
  } history_keys[] = {
    { GDK_KEY_Left, -1 }, { GDK_KEY_Right, 1 }, { GDK_KEY_Home, G_MININT }, { GDK_KEY_End, G_MAXINT },
  };

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (history_keys); i++)
    {
      GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (history_keys[i].keyval, GDK_ALT_MASK),
                                                gtk_named_action_new ("win.history-step"));

      gtk_shortcut_set_arguments (shortcut, g_variant_new_int32 (history_keys[i].step));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
    }
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_LOCAL);
  for (guint i = 0; i < 9; i++)
    {
      GtkShortcutAction *action = gtk_named_action_new ("win.select-state");
      GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_1 + i, GDK_ALT_MASK),
                                                action);

      gtk_shortcut_set_arguments (shortcut, g_variant_new_int32 ((int) i));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
    }
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (
      GTK_SHORTCUT_CONTROLLER (controller),
      gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].key, keys[i].modifiers),
                        gtk_named_action_new (keys[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}
