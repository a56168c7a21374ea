/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-window-watch"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-a11y.h"
#include "mg-application.h"
#include "mg-feed-source.h"
#include "mg-seats-view.h"
#include "mg-state-page.h"
#include "mg-watch-alerts.h"
#include "mg-window-private.h"

/* The window and the seats the user watches: the watchlist follows the
 * feed, each state's Seats view stars and filters by it, and when new live
 * results change a watched seat (another leader, declared, a close
 * contest) the window says so in a bar under the header while it has the
 * focus, or the desktop is told while it has not. */

static gboolean
is_watched_cb (const char *state_id,
               guint       number,
               const char *candidate,
               gpointer    user_data)
{
  MgWatchlist *watchlist = MG_WATCHLIST (user_data);

  if (candidate == NULL)
    return mg_watchlist_contains (watchlist, state_id, number);
  return mg_watchlist_watches_seat (watchlist, state_id, number) &&
         mg_watchlist_contains_candidate (watchlist, state_id, number, candidate);
}

static void
on_show_seat_clicked_cb (MgWindow *self)
{
  if (self->watch_state_id == NULL)
    return;
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->watch_revealer), FALSE);
  mg_window_select_state_id (self, self->watch_state_id);
  mg_window_show_seat (self, self->watch_number);
}

static void
on_dismiss_clicked_cb (MgWindow *self)
{
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->watch_revealer), FALSE);
}

/* The bar says the first alert, and how many more there are. */
static void
show_banner (MgWindow  *self,
             GPtrArray *alerts)
{
  MgWatchAlert *first = g_ptr_array_index (alerts, 0);
  g_autofree char *text = NULL;

  if (alerts->len == 1)
    text = g_strdup (first->title);
  else
    /* TRANSLATORS: the watched seats' bar: the first seat's news, then how many other seats have news */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, and %u other watched seat changed",
                                         "%s, and %u other watched seats changed", alerts->len - 1),
                            first->title, alerts->len - 1);
  gtk_label_set_text (GTK_LABEL (self->watch_label), text);
  gtk_widget_set_tooltip_text (self->watch_label, text);
  g_free (self->watch_state_id);
  self->watch_state_id = g_strdup (first->state_id);
  self->watch_number = first->number;
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->watch_revealer), TRUE);
}

/**
 * mg_window_watch_check:
 * @before: the results shown until now
 * @after: the feed's new live results
 *
 * Tells the user what happened to the seats they watch.
 */
void
mg_window_watch_check (MgWindow   *self,
                       MgElection *before,
                       MgElection *after)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr (GPtrArray) alerts = NULL;

  if (mg_watchlist_get_n_seats (self->watchlist) == 0)
    return;
  alerts = mg_watch_alerts_find (before, after, g_settings_get_double (self->settings, "close-contest-percent"),
                                 is_watched_cb, self->watchlist);
  if (alerts->len == 0)
    return;
  if (gtk_window_is_active (GTK_WINDOW (self)) || app == NULL)
    show_banner (self, alerts);
  else
    mg_application_notify_watch (MG_APPLICATION (app), alerts);
}

/* A state's Seats view stars and filters by the watchlist. */
void
mg_window_watch_update_page (MgWindow    *self,
                             MgStatePage *page)
{
  mg_seats_view_set_watchlist (mg_state_page_get_seats_view (page), self->watchlist);
}

static void
on_uri_changed_cb (MgWindow *self)
{
  mg_watchlist_set_uri (self->watchlist, mg_feed_source_get_uri (self->source));
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->watch_revealer), FALSE);
}

static GtkWidget *
labelled_button (const char *mnemonic)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (mnemonic);
  GtkWidget *button = gtk_button_new ();

  /* A label of its own, naming the button: GTK 4.8 reads a button's
   * mnemonic label twice, underscore and all. */
  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  return button;
}

/* The bar under the time bar that tells of watched seats. */
static void
build_banner (MgWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name ("starred-symbolic");
  /* TRANSLATORS: the watched seats' bar's button: it opens the seat */
  GtkWidget *show = labelled_button (_("_Show Seat"));
  GtkWidget *dismiss = gtk_button_new_from_icon_name ("window-close-symbolic");

  self->watch_revealer = gtk_revealer_new ();
  gtk_revealer_set_transition_type (GTK_REVEALER (self->watch_revealer), GTK_REVEALER_TRANSITION_TYPE_SLIDE_DOWN);
  gtk_widget_add_css_class (box, "watch-bar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_widget_set_visible (icon, TRUE);
  self->watch_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->watch_label), 0);
  /* On one line, cut short if need be (the whole is in the tooltip): a
   * wrapping label in this bar makes GTK 4.8 misreport its height. */
  gtk_label_set_ellipsize (GTK_LABEL (self->watch_label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (self->watch_label, TRUE);
  g_signal_connect_swapped (show, "clicked", G_CALLBACK (on_show_seat_clicked_cb), self);
  gtk_widget_set_valign (dismiss, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (dismiss, "flat");
  /* TRANSLATORS: the watched seats' bar's close button */
  gtk_accessible_update_property (GTK_ACCESSIBLE (dismiss), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Dismiss"), -1);
  mg_a11y_set_tooltip (dismiss, _("Dismiss"));
  g_signal_connect_swapped (dismiss, "clicked", G_CALLBACK (on_dismiss_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), self->watch_label);
  gtk_box_append (GTK_BOX (box), show);
  gtk_box_append (GTK_BOX (box), dismiss);
  gtk_revealer_set_child (GTK_REVEALER (self->watch_revealer), box);
  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->time_bar))), self->watch_revealer,
                              GTK_WIDGET (self->time_bar));
}

void
mg_window_watch_init (MgWindow *self)
{
  self->watchlist = mg_watchlist_new (self->settings);
  build_banner (self);
  g_signal_connect_object (self->source, "notify::uri", G_CALLBACK (on_uri_changed_cb), self, G_CONNECT_SWAPPED);
  on_uri_changed_cb (self);
}

void
mg_window_watch_dispose (MgWindow *self)
{
  g_clear_object (&self->watchlist);
  g_clear_pointer (&self->watch_state_id, g_free);
}

/* Returns: (nullable): what the watched seats' bar says, if shown; for tests */
const char *
mg_window_get_watch_banner (MgWindow *self)
{
  g_return_val_if_fail (MG_IS_WINDOW (self), NULL);

  if (!gtk_revealer_get_reveal_child (GTK_REVEALER (self->watch_revealer)))
    return NULL;
  return gtk_label_get_text (GTK_LABEL (self->watch_label));
}
