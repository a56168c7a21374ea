/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-window-history"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-election.h"
#include "mg-feed-parser.h"
#include "mg-feed-source.h"
#include "mg-history.h"
#include "mg-window-private.h"

/* The window going back over the count: the time bar under the header
 * moves over the feed's stored snapshots (mg-history.c, kept by the feed
 * source) and the window shows the one chosen everywhere, tabs, chart,
 * tables and seats alike. Polling goes on meanwhile: new snapshots extend
 * the bar, and the feed's latest waits until the user goes back to live.
 * A folder of snapshot files is such a history too, its last file live. */

static MgHistory *
history (MgWindow *self)
{
  return mg_feed_source_get_history (self->source);
}

/* The bar's times from the stored snapshots, in the zone of the feed's
 * latest results. */
static void
refresh_bar (MgWindow *self)
{
  MgHistory *stored = history (self);
  g_autoptr (GPtrArray) times = g_ptr_array_new ();
  g_autoptr (GTimeZone) zone = mg_election_dup_display_zone (self->live != NULL ? self->live : self->election);
  guint n = stored != NULL ? mg_history_get_n_entries (stored) : 0;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (times, mg_history_get_entry (stored, i)->fetched);
  mg_time_bar_set_times (self->time_bar, times, zone);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.history-step", n >= 2);
}

/* A folder of snapshot files read with some that are not feeds: the
 * window says so (and the journal which and why), the rest shown. Each
 * reading of a folder passes its latest on once. */
static void
report_skipped (MgWindow *self)
{
  MgHistory *stored = history (self);
  GPtrArray *skipped = stored != NULL ? mg_history_get_skipped (stored) : NULL;
  g_autofree char *message = NULL;

  if (skipped == NULL || skipped->len == 0)
    return;
  for (guint i = 0; i < skipped->len; i++)
    g_message ("Skipped a file of the folder: %s", ((GError *) g_ptr_array_index (skipped, i))->message);
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          /* TRANSLATORS: files of a folder of snapshots that could not be
                                           * read as feeds: how many, then the first and why */
                                          "Skipped %u file that is not a feed: %s",
                                          "Skipped %u files that are not feeds; the first: %s", skipped->len),
                             skipped->len, ((GError *) g_ptr_array_index (skipped, 0))->message);
  mg_window_show_error (self, message);
}

/**
 * mg_window_history_take_live:
 * @parsed: the feed's latest results
 *
 * Keeps @parsed as the live results and extends the time bar.
 *
 * Returns: whether to show @parsed: %FALSE while a past snapshot is shown
 */
gboolean
mg_window_history_take_live (MgWindow   *self,
                             MgElection *parsed)
{
  g_set_object (&self->live, parsed);
  refresh_bar (self);
  report_skipped (self);
  return mg_time_bar_get_shown (self->time_bar) < 0;
}

static void
on_moved_cb (MgWindow  *self,
             int        index,
             MgTimeBar *bar)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) body = NULL;
  g_autoptr (MgElection) snapshot = NULL;
  g_autofree char *message = NULL;

  if (index < 0)
    {
      if (self->live != NULL)
        mg_window_show_results (self, self->live, FALSE);
      return;
    }
  body = mg_history_load (history (self), (guint) index, &error);
  if (body != NULL)
    snapshot = mg_feed_parse (body, NULL, &error);
  if (snapshot == NULL)
    {
      /* TRANSLATORS: a stored snapshot could not be shown, and why */
      message = g_strdup_printf (_("Could not show that snapshot: %s"), error->message);
      mg_window_show_error (self, message);
      return;
    }
  mg_window_show_results (self, snapshot, FALSE);
}

static void
history_step_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  mg_window_history_step (MG_WINDOW (widget), g_variant_get_int32 (parameter));
}

/**
 * mg_window_history_step:
 * @step: snapshots to move by; G_MININT for the first, G_MAXINT for live
 *
 * Returns: %FALSE when there is nowhere to go
 */
gboolean
mg_window_history_step (MgWindow *self,
                        int       step)
{
  return mg_time_bar_step (self->time_bar, step);
}

/* Another feed: its own history, shown live. */
static void
on_uri_changed_cb (MgWindow *self)
{
  g_clear_object (&self->live);
  mg_time_bar_reset (self->time_bar);
  refresh_bar (self);
}

void
mg_window_history_init (MgWindow *self)
{
  g_signal_connect_object (self->time_bar, "moved", G_CALLBACK (on_moved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->source, "notify::uri", G_CALLBACK (on_uri_changed_cb), self,
                           G_CONNECT_SWAPPED);
  refresh_bar (self);
}

/* Alt+Left, Alt+Right: a snapshot back or on; Alt+Home the first, Alt+End
 * live. */
void
mg_window_history_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.history-step", "i", history_step_action);
}
