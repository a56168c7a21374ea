/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-window-history"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-election.h"
#include "mg-feed-parser.h"
#include "mg-feed-source.h"
#include "mg-history.h"
#include "mg-state-page.h"
#include "mg-state-result.h"
#include "mg-summary.h"
#include "mg-window-private.h"

/* The window going back over the count: the time bar under the header
 * moves over the feed's stored snapshots (mg-history.c, kept by the feed
 * source) and the window shows the one chosen everywhere, tabs, chart,
 * tables and seats alike. Polling goes on meanwhile: new snapshots extend
 * the bar, and the feed's latest waits until the user goes back to live.
 * A folder of snapshot files is such a history too, its last file live.
 *
 * The bar is in the order the snapshots were fetched, and live is the
 * stored snapshot of the results shown as live. That is the last one
 * unless the feed went back to older results (an earlier `updated`):
 * those are stored after it, and the bar goes on to them, each showing
 * its own results, but live stays on the newer ones until newer still
 * come. The stored snapshots also make the count over time (MgTrend),
 * read in when the main loop is idle, a snapshot at a time, up to the
 * live one, and each state page's Over Time view shows it. "When you
 * last looked" is the latest point of it when the window last lost the
 * focus, kept per feed. */

static gboolean read_ahead_cb (gpointer user_data);

static MgHistory *
history (MgWindow *self)
{
  return mg_feed_source_get_history (self->source);
}

/* A time as microseconds since 1970, and back: fetch times are kept to
 * the microsecond, and a time saved to the second would name the
 * snapshot before the one it stands for. */
static gint64
usec_of (GDateTime *time)
{
  return g_date_time_to_unix (time) * G_USEC_PER_SEC + g_date_time_get_microsecond (time);
}

static GDateTime *
time_from_usec (gint64 usec)
{
  g_autoptr (GDateTime) second = g_date_time_new_from_unix_utc (usec / G_USEC_PER_SEC);

  return second != NULL ? g_date_time_add (second, usec % G_USEC_PER_SEC) : NULL;
}

/* The index of the stored snapshot of the live results: the one fetched
 * when they were taken as live; the last when they were not stored. */
static int
live_index (MgWindow *self)
{
  MgHistory *stored = history (self);
  guint n = stored != NULL ? mg_history_get_n_entries (stored) : 0;
  int found;

  if (n == 0)
    return -1;
  if (self->live_time == NULL)
    return (int) n - 1;
  found = mg_history_find_at (stored, self->live_time);
  return found >= 0 ? found : (int) n - 1;
}

/* The bar's times from the stored snapshots, in the zone of the feed's
 * latest results. */
static void
refresh_bar (MgWindow *self)
{
  MgHistory *stored = history (self);
  g_autoptr (GPtrArray) times = g_ptr_array_new ();
  g_autoptr (GTimeZone) zone = self->local_time ? NULL
                                                 : mg_election_dup_display_zone (self->live != NULL ? self->live
                                                                                                    : self->election);
  guint n = stored != NULL ? mg_history_get_n_entries (stored) : 0;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (times, mg_history_get_entry (stored, i)->fetched);
  mg_time_bar_set_times (self->time_bar, times, live_index (self), zone);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.history-step", n >= 2);
}

/* The stored results of the snapshot fetched at @time, read back and
 * parsed; the last one is kept, as "what changed" asks for it again. */
static MgElection *
load_at (GDateTime *time,
         gpointer   user_data)
{
  MgWindow *self = user_data;
  MgHistory *stored = history (self);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) body = NULL;
  MgElection *election = NULL;
  int index;

  if (self->loaded_time != NULL && g_date_time_equal (self->loaded_time, time))
    return g_object_ref (self->loaded);
  index = stored != NULL ? mg_history_find_at (stored, time) : -1;
  if (index >= 0)
    body = mg_history_load (stored, (guint) index, &error);
  if (body != NULL)
    election = mg_feed_parse (body, NULL, &error);
  if (election == NULL)
    {
      g_warning ("Could not read back the snapshot of %s: %s", self->source != NULL ? mg_feed_source_get_uri (self->source) : "",
                 error != NULL ? error->message : "not stored");
      return NULL;
    }
  g_clear_pointer (&self->loaded_time, g_date_time_unref);
  self->loaded_time = g_date_time_ref (time);
  g_set_object (&self->loaded, election);
  return election;
}

/* Reads stored snapshots newer than the trend's last point into it, up
 * to the live one, for up to 8 ms at a time so that the window stays
 * quick. Older results the feed went back to after the live ones wait:
 * the trend ends on the results shown as live. */
static gboolean
catch_up_cb (gpointer user_data)
{
  MgWindow *self = user_data;
  MgHistory *stored = history (self);
  guint n = (guint) (live_index (self) + 1);
  gint64 start = g_get_monotonic_time ();
  guint next = 0;

  if (mg_trend_get_last_time (self->trend) != NULL)
    while (next < n && g_date_time_compare (mg_history_get_entry (stored, next)->fetched,
                                            mg_trend_get_last_time (self->trend)) <= 0)
      next++;
  for (; next < n && g_get_monotonic_time () - start < 8000; next++)
    {
      const MgHistoryEntry *entry = mg_history_get_entry (stored, next);
      g_autoptr (GError) error = NULL;
      g_autoptr (GBytes) body = mg_history_load (stored, next, &error);
      g_autoptr (MgElection) election = body != NULL ? mg_feed_parse (body, NULL, &error) : NULL;

      /* A damaged snapshot is left out of the trend; the rest go in. */
      if (election == NULL)
        g_warning ("Leaving a stored snapshot out of the trend: %s", error->message);
      else
        mg_trend_append (self->trend, entry->fetched, election);
    }
  if (next < n)
    return G_SOURCE_CONTINUE;
  self->trend_idle = 0;
  return G_SOURCE_REMOVE;
}

static void
schedule_catch_up (MgWindow *self)
{
  if (self->trend_idle == 0)
    self->trend_idle = g_idle_add_full (G_PRIORITY_LOW, catch_up_cb, self, NULL);
}

/* The time of the snapshot shown, or %NULL for live. */
static GDateTime *
shown_time (MgWindow *self)
{
  MgHistory *stored = history (self);
  int shown = mg_time_bar_get_shown (self->time_bar);

  if (stored == NULL || shown < 0 || (guint) shown >= mg_history_get_n_entries (stored))
    return NULL;
  return mg_history_get_entry (stored, (guint) shown)->fetched;
}

/* A state page's Over Time view follows the trend, in the zone times are
 * told in, marking the time shown. */
void
mg_window_history_update_page (MgWindow    *self,
                               MgStatePage *page)
{
  g_autoptr (GTimeZone) zone = NULL;

  if (self->trend == NULL)
    return;
  zone = mg_window_dup_display_zone (self);
  mg_state_page_set_trend (page, self->trend, zone, shown_time (self));
}

static void
update_page_cb (MgStatePage *page,
                gpointer     self)
{
  mg_window_history_update_page (self, page);
}

/* So do all the pages made so far; the others when they are made. */
void
mg_window_history_update_pages (MgWindow *self)
{
  mg_state_tabs_foreach_page (mg_window_get_state_tabs (self), update_page_cb, self);
}

static char *
looked_key (MgWindow *self)
{
  const char *uri = mg_feed_source_get_uri (self->source);

  return uri != NULL ? g_strdup (uri) : NULL;
}

/* The latest snapshot when the user last looked at this feed, from the
 * settings. */
static void
restore_last_looked (MgWindow *self)
{
  g_autofree char *uri = looked_key (self);
  g_autoptr (GVariant) looked = g_settings_get_value (self->settings, "last-looked");
  gint64 usec = 0;
  g_autoptr (GDateTime) time = NULL;

  if (uri != NULL && g_variant_lookup (looked, uri, "x", &usec) && usec > 0)
    time = time_from_usec (usec);
  mg_trend_set_last_looked (self->trend, time);
}

/* The window lost the focus: what it shows now was looked at. At most
 * the 20 feeds looked at last are remembered. */
static void
remember_last_looked (MgWindow *self)
{
  g_autofree char *uri = looked_key (self);
  GDateTime *last = mg_trend_get_last_time (self->trend);
  g_autoptr (GVariant) before = NULL;
  GVariantBuilder builder;
  GVariantIter iter;
  const char *key;
  gint64 usec;
  guint kept = 1;

  if (uri == NULL || last == NULL)
    return;
  before = g_settings_get_value (self->settings, "last-looked");
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{sx}"));
  g_variant_builder_add (&builder, "{sx}", uri, usec_of (last));
  g_variant_iter_init (&iter, before);
  while (g_variant_iter_next (&iter, "{&sx}", &key, &usec) && kept < 20)
    if (!g_str_equal (key, uri))
      {
        g_variant_builder_add (&builder, "{sx}", key, usec);
        kept++;
      }
  g_settings_set_value (self->settings, "last-looked", g_variant_builder_end (&builder));
}

static void
on_active_changed_cb (MgWindow *self)
{
  if (gtk_window_is_active (GTK_WINDOW (self)))
    restore_last_looked (self);
  else
    remember_last_looked (self);
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
  MgHistory *stored = history (self);
  GDateTime *was = self->live != NULL ? mg_election_get_updated (self->live) : NULL;
  GDateTime *now = mg_election_get_updated (parsed);

  /* The publisher went back to an older snapshot: it is stored, but the
   * newer one stays live, and the bar says so. */
  if (was != NULL && now != NULL && g_date_time_compare (now, was) < 0)
    {
      g_autoptr (GTimeZone) zone = mg_window_dup_display_zone (self);
      g_autofree char *then = mg_summary_format_hour (now, zone);
      g_autofree char *latest = mg_summary_format_hour (was, zone);
      /* TRANSLATORS: the feed served results older than those shown; the two times */
      g_autofree char *note = g_strdup_printf (_("The feed went back to its results of %s; still showing those of %s"),
                                               then, latest);

      mg_time_bar_set_note (self->time_bar, note);
      refresh_bar (self);
      return FALSE;
    }
  mg_time_bar_set_note (self->time_bar, NULL);
  g_set_object (&self->live, parsed);
  /* The feed source stored @parsed before passing it on: it is the last
   * stored, unless storing it failed. */
  g_clear_pointer (&self->live_time, g_date_time_unref);
  if (stored != NULL && mg_history_get_n_entries (stored) > 0)
    self->live_time = g_date_time_ref (mg_history_get_entry (stored, mg_history_get_n_entries (stored) - 1)->fetched);
  refresh_bar (self);
  schedule_catch_up (self);
  if (self->ahead_idle == 0)
    self->ahead_idle = g_idle_add_full (G_PRIORITY_LOW, read_ahead_cb, self, NULL);
  report_skipped (self);
  return mg_time_bar_get_shown (self->time_bar) < 0;
}

static gint64
entry_key (const MgHistoryEntry *entry)
{
  return usec_of (entry->fetched);
}

/* Reads snapshot @index back and parses it: from the snapshots read
 * ahead when it is one of them. */
static MgElection *
read_snapshot (MgWindow *self,
               guint     index,
               GError  **error)
{
  MgHistory *stored = history (self);
  gint64 key = entry_key (mg_history_get_entry (stored, index));
  MgElection *ahead = g_hash_table_lookup (self->ahead, &key);
  g_autoptr (GBytes) body = NULL;

  if (ahead != NULL)
    return g_object_ref (ahead);
  body = mg_history_load (stored, index, error);
  return body != NULL ? mg_feed_parse (body, NULL, error) : NULL;
}

/* Keeps the snapshots on either side of the one shown parsed, read when
 * the main loop is idle, so that a step to them (Alt+Left, the replay)
 * only shows them; the rest are let go. */
static gboolean
read_ahead_cb (gpointer user_data)
{
  MgWindow *self = user_data;
  MgHistory *stored = history (self);
  guint n = stored != NULL ? mg_history_get_n_entries (stored) : 0;
  int around = mg_time_bar_get_shown (self->time_bar);
  g_autoptr (GHashTable) wanted = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GHashTableIter iter;
  gint64 *key;

  self->ahead_idle = 0;
  /* From live, a step goes to either side of the live snapshot. */
  if (around < 0)
    around = live_index (self);
  if (n < 2 || (guint) around >= n)
    {
      g_hash_table_remove_all (self->ahead);
      return G_SOURCE_REMOVE;
    }
  for (int index = MAX (0, around - 1); index <= MIN ((int) n - 1, around + 1); index++)
    {
      gint64 *wanted_key = g_new (gint64, 1);

      *wanted_key = entry_key (mg_history_get_entry (stored, (guint) index));
      g_hash_table_add (wanted, wanted_key);
    }
  g_hash_table_iter_init (&iter, self->ahead);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, NULL))
    if (!g_hash_table_contains (wanted, key))
      g_hash_table_iter_remove (&iter);
  /* One a call: the main loop stays quick. */
  for (int step = -1; step <= 1; step += 2)
    {
      int index = around + step;
      g_autofree gint64 *ahead_key = NULL;
      g_autoptr (MgElection) election = NULL;

      if (index < 0 || (guint) index >= n)
        continue;
      ahead_key = g_new (gint64, 1);
      *ahead_key = entry_key (mg_history_get_entry (stored, (guint) index));
      if (g_hash_table_contains (self->ahead, ahead_key))
        continue;
      election = read_snapshot (self, (guint) index, NULL);
      if (election != NULL)
        g_hash_table_insert (self->ahead, g_steal_pointer (&ahead_key), g_steal_pointer (&election));
      self->ahead_idle = g_idle_add_full (G_PRIORITY_LOW, read_ahead_cb, self, NULL);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_REMOVE;
}

static void
on_moved_cb (MgWindow  *self,
             int        index,
             MgTimeBar *bar)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (MgElection) snapshot = NULL;
  g_autofree char *message = NULL;

  if (self->ahead_idle == 0)
    self->ahead_idle = g_idle_add_full (G_PRIORITY_LOW, read_ahead_cb, self, NULL);
  if (index < 0)
    {
      if (self->live != NULL)
        mg_window_show_results (self, self->live, FALSE);
      else
        mg_window_history_update_pages (self);
      return;
    }
  snapshot = read_snapshot (self, (guint) index, &error);
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

/* Lets go of all that was read from the stored snapshots: the trend, the
 * snapshots read ahead and the last read back. */
static void
forget_read (MgWindow *self)
{
  g_clear_handle_id (&self->trend_idle, g_source_remove);
  g_clear_handle_id (&self->ahead_idle, g_source_remove);
  if (self->ahead != NULL)
    g_hash_table_remove_all (self->ahead);
  g_clear_pointer (&self->loaded_time, g_date_time_unref);
  g_clear_object (&self->loaded);
  mg_trend_clear (self->trend);
}

/* Another feed: its own history, shown live. */
static void
on_uri_changed_cb (MgWindow *self)
{
  g_clear_object (&self->live);
  g_clear_pointer (&self->live_time, g_date_time_unref);
  forget_read (self);
  restore_last_looked (self);
  mg_time_bar_reset (self->time_bar);
  refresh_bar (self);
  schedule_catch_up (self);
}

/* The history-limit-mib setting, followed as it changes: a lower limit
 * thins the stored snapshots at once, and 0 stores no more and leaves
 * them out of the window. The bar stays on the snapshot shown while it
 * is kept; the trend is read again. */
static void
on_history_limit_changed_cb (MgWindow *self)
{
  guint64 limit = (guint64) g_settings_get_uint (self->settings, "history-limit-mib") << 20;

  mg_feed_source_set_history_limit (self->source, limit);
  forget_read (self);
  refresh_bar (self);
  schedule_catch_up (self);
  /* Moving the bar may have asked for it already. */
  if (self->ahead_idle == 0)
    self->ahead_idle = g_idle_add_full (G_PRIORITY_LOW, read_ahead_cb, self, NULL);
}

void
mg_window_history_init (MgWindow *self)
{
  self->trend = mg_trend_new ();
  mg_trend_set_loader (self->trend, load_at, self);
  self->ahead = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  g_signal_connect_object (self, "notify::is-active", G_CALLBACK (on_active_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->time_bar, "moved", G_CALLBACK (on_moved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->source, "notify::uri", G_CALLBACK (on_uri_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::history-limit-mib",
                           G_CALLBACK (on_history_limit_changed_cb), self, G_CONNECT_SWAPPED);
  mg_feed_source_set_history_limit (self->source,
                                    (guint64) g_settings_get_uint (self->settings, "history-limit-mib") << 20);
  refresh_bar (self);
}

void
mg_window_history_dispose (MgWindow *self)
{
  g_clear_handle_id (&self->trend_idle, g_source_remove);
  g_clear_handle_id (&self->ahead_idle, g_source_remove);
  g_clear_pointer (&self->ahead, g_hash_table_unref);
  if (self->trend != NULL)
    mg_trend_set_loader (self->trend, NULL, NULL);
  g_clear_object (&self->trend);
  g_clear_pointer (&self->loaded_time, g_date_time_unref);
  g_clear_object (&self->loaded);
  g_clear_pointer (&self->live_time, g_date_time_unref);
}

/* Alt+Left, Alt+Right: a snapshot back or on; Alt+Home the first, Alt+End
 * live. */
void
mg_window_history_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.history-step", "i", history_step_action);
}
