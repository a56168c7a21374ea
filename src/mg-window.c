/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-window"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-a11y.h"
#include "mg-application.h"
#include "mg-bench-hooks.h"
#include "mg-election.h"
#include "mg-feed-source.h"
#include "mg-reader.h"
#include "mg-feed-loader.h"
#include "mg-memory.h"
#include "mg-seat-chart.h"
#include "mg-state-page.h"
#include "mg-state-result.h"
#include "mg-state-tabs.h"
#include "mg-summary.h"
#include "mg-tally.h"
#include "mg-window-private.h"

G_DEFINE_FINAL_TYPE (MgWindow, mg_window, GTK_TYPE_APPLICATION_WINDOW)

/* Loading shorter than this shows no spinner. */
#define SPINNER_DELAY_MS 400

enum {
  PROP_0,
  PROP_READER_VISIBLE,
  PROP_LOADING,
  PROP_LOCAL_TIME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];


void
mg_window_show_error (MgWindow   *self,
                      const char *message)
{
  gtk_label_set_text (self->error_label, message);
  /* Selectable, to copy the message; an empty label would only be a
   * nameless stop for the keyboard and screen readers. */
  gtk_label_set_selectable (self->error_label, TRUE);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

/* Times are shown in the election's zone unless the user wants theirs.
 * Returns: (transfer full) (nullable): the zone, %NULL for the user's */
GTimeZone *
mg_window_dup_display_zone (MgWindow *self)
{
  return self->local_time ? NULL : mg_election_dup_display_zone (self->election);
}

static gboolean
all_final (MgElection *election)
{
  guint n = mg_election_get_n_states (election);

  for (guint i = 0; i < n; i++)
    if (mg_state_result_get_status (mg_election_get_state (election, i)) != MG_STATE_STATUS_FINAL)
      return FALSE;
  return n > 0;
}

static void
update_subtitle (MgWindow *self)
{
  GDateTime *updated = mg_election_get_updated (self->election);
  g_autoptr (GTimeZone) zone = NULL;
  g_autofree char *when = NULL;
  g_autofree char *text = NULL;

  /* Final results with no time of their own (a file of past results) are
   * not "updated" when they were read. */
  if (updated == NULL && self->have_data && all_final (self->election))
    {
      /* TRANSLATORS: the subtitle for results that are all final, with no time given */
      gtk_label_set_text (self->subtitle_label, _("Final results"));
      gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), TRUE);
      return;
    }
  /* The time the results speak for: the feed's own, else when fetched. */
  if (updated == NULL)
    updated = mg_feed_source_get_data_time (self->source);
  if (!self->have_data || updated == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), FALSE);
      return;
    }

  zone = mg_window_dup_display_zone (self);
  when = mg_summary_format_clock (updated, zone);
  if (mg_feed_source_get_stale (self->source))
    /* TRANSLATORS: the results shown are old: the feed could not be refreshed */
    text = g_strdup_printf (_("Offline — showing %s"), when);
  else
    /* TRANSLATORS: when the results were last updated, like "13:05" */
    text = g_strdup_printf (_("Updated %s"), when);
  gtk_label_set_text (self->subtitle_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), TRUE);
}

/* With a house, its first tab is the house as a whole, counted again from
 * the @results about to be shown and updated in place like their states. */
static void
sync_house (MgWindow   *self,
            MgElection *results)
{
  g_autoptr (MgStateResult) tally = mg_tally_house (results);
  g_autoptr (MgStateResult) shown = g_list_model_get_item (G_LIST_MODEL (self->house), 0);

  if (tally == NULL && shown != NULL)
    g_list_store_remove_all (self->house);
  else if (tally == NULL)
    return;
  else if (shown == NULL)
    g_list_store_append (self->house, tally);
  else
    mg_state_result_update_from (shown, tally);
}

static void
remember_selected_state (MgWindow *self)
{
  MgStateResult *state = mg_window_get_selected_state (self);

  if (state != NULL)
    g_settings_set_string (self->settings, "selected-state", mg_state_result_get_id (state));
}

/* What each state's page has from the window: the election whose
 * alliances it may count by, the trend, the watchlist. */
static void
update_page (MgStatePage *page,
             gpointer     user_data)
{
  MgWindow *self = user_data;

  if (self->have_data)
    mg_state_page_set_election (page, self->election);
  mg_window_history_update_page (self, page);
  mg_window_watch_update_page (self, page);
}

/**
 * mg_window_show_results:
 * @results: the results to show everywhere: the feed's latest, or a
 *   stored snapshot
 * @live: whether they are the feed's latest, of which the desktop is told
 *
 * Shows @results in place of those shown, keeping the selection.
 */
void
mg_window_show_results (MgWindow   *self,
                        MgElection *results,
                        gboolean    live)
{
  g_autoptr (GArray) milestones = mg_election_find_milestones (self->election, results);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  gboolean first = !self->have_data;

  self->have_data = TRUE;
  mg_window_alliances_apply (self, results);
  /* The house first: its tab is first, and a tab put before the others
   * would take every other tab off and back. */
  sync_house (self, results);
  mg_election_update_from (self->election, results);
  gtk_stack_set_visible_child_name (self->main_stack, "results");
  /* The desktop is told only when the window is not being looked at. */
  if (live && !first && app != NULL && !gtk_window_is_active (GTK_WINDOW (self)))
    mg_application_notify_milestones (MG_APPLICATION (app), milestones);
  update_subtitle (self);
  mg_state_tabs_foreach_page (self->state_tabs, update_page, self);
  mg_window_update_actions (self);

  mg_window_apply_pending (self, first);
}

/* A state's page, made when first shown, gets what every page has. */
static void
on_page_made_cb (MgWindow    *self,
                 MgStatePage *page)
{
  update_page (page, self);
}

static void
on_source_updated_cb (MgWindow     *self,
                      MgElection   *parsed,
                      MgFeedSource *source)
{
  g_autoptr (MgElection) previous = self->live != NULL ? g_object_ref (self->live) : NULL;

  mg_bench_mark ("feed parsed");
  /* While a past snapshot is shown, the live results wait. */
  if (mg_window_history_take_live (self, parsed))
    mg_window_show_results (self, parsed, TRUE);
  mg_bench_mark ("results set");
  mg_memory_release_soon ();
  /* The watched seats are followed live, whatever is shown. */
  if (previous != NULL && self->live == parsed)
    mg_window_watch_check (self, previous, parsed);
}

static void
on_source_error_cb (MgWindow     *self,
                    GParamSpec   *pspec,
                    MgFeedSource *source)
{
  const GError *error = mg_feed_source_get_error (source);
  g_autofree char *message = NULL;

  update_subtitle (self);
  if (error == NULL)
    {
      gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
      return;
    }

  /* TRANSLATORS: the feed's address, then why it could not be used */
  message = g_strdup_printf (_("Could not load results from %s: %s"),
                             mg_feed_source_get_uri (source), error->message);
  /* For the journal too; the window says it in its error bar. */
  g_message ("%s", message);
  mg_window_show_error (self, message);

  /* The last good results stay; only a window with none says so. */
  if (!self->have_data)
    {
      gtk_label_set_text (self->empty_title, _("No Results"));
      gtk_label_set_text (self->empty_description, message);
      gtk_label_set_selectable (self->empty_description, TRUE);
    }
}

static gboolean
show_spinner (gpointer user_data)
{
  MgWindow *self = user_data;

  self->spinner_timeout = 0;
  gtk_stack_set_visible_child_name (self->refresh_stack, "spinner");
  gtk_spinner_set_spinning (self->refresh_spinner, TRUE);
  return G_SOURCE_REMOVE;
}

static void
on_source_loading_cb (MgWindow     *self,
                      GParamSpec   *pspec,
                      MgFeedSource *source)
{
  gboolean loading = mg_feed_source_get_loading (source);

  /* A poll answered at once shows nothing: the spinner only comes when
   * loading takes a while, so an idle window draws no frames. */
  g_clear_handle_id (&self->spinner_timeout, g_source_remove);
  if (loading)
    self->spinner_timeout = g_timeout_add (SPINNER_DELAY_MS, show_spinner, self);
  else
    {
      gtk_stack_set_visible_child_name (self->refresh_stack, "button");
      gtk_spinner_set_spinning (self->refresh_spinner, FALSE);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
on_retry_button_clicked_cb (MgWindow  *self,
                            GtkButton *button)
{
  mg_feed_source_refresh (self->source);
}

/* The window's title and the news follow the selected state. */
static void
follow_selected_state (MgWindow *self)
{
  MgStateResult *state = mg_window_get_selected_state (self);
  g_autofree char *title = NULL;

  if (state == NULL)
    return;
  /* TRANSLATORS: window title: the selected state's name */
  title = g_strdup_printf (_("%s — Matganana"), mg_state_result_get_name (state));
  gtk_window_set_title (GTK_WINDOW (self), title);
  mg_reader_set_state_id (self->reader, mg_state_result_get_id (state));
}

/* The tabs show another state: followed, and remembered when the user
 * chose it. */
static void
on_state_selected_cb (MgWindow    *self,
                      gboolean     by_user,
                      MgStateTabs *tabs)
{
  follow_selected_state (self);
  if (by_user)
    remember_selected_state (self);
}

static void
on_dismiss_button_clicked_cb (MgWindow  *self,
                              GtkButton *button)
{
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
}

static gboolean
mg_window_close_request (GtkWindow *window)
{
  MgWindow *self = MG_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  g_settings_set (self->settings, "window-size", "(ii)", width, height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  if (self->reader_visible && gtk_widget_get_mapped (GTK_WIDGET (self->reader)))
    g_settings_set_int (self->settings, "reader-width",
                        CLAMP (gtk_widget_get_width (GTK_WIDGET (self->reader)), 200, 4000));
  remember_selected_state (self);
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (mg_window_parent_class)->close_request (window);
}

/* The main menu's popover is made when it is first opened, not with the
 * window: its dozen widgets would only slow the start. */
static void
create_primary_menu (GtkMenuButton *button,
                     gpointer       user_data)
{
  MgWindow *self = MG_WINDOW (user_data);

  if (gtk_menu_button_get_popover (button) != NULL)
    return;
  gtk_menu_button_set_menu_model (button, self->primary_menu);
  mg_a11y_name_scrollers (GTK_WIDGET (gtk_menu_button_get_popover (button)), _("Main Menu"));
}

/* Gives the reader its remembered width once the paned knows its own,
 * which is on the first frame after it is mapped. */
static gboolean
restore_reader_width (GtkWidget     *paned,
                      GdkFrameClock *clock,
                      gpointer       user_data)
{
  MgWindow *self = MG_WINDOW (user_data);
  int width = gtk_widget_get_width (paned);

  if (width <= 0)
    return G_SOURCE_CONTINUE;

  gtk_paned_set_position (self->paned,
                          MAX (width / 2, width - g_settings_get_int (self->settings, "reader-width")));
  return G_SOURCE_REMOVE;
}

static void
on_paned_map_cb (MgWindow  *self,
                 GtkWidget *paned)
{
  g_signal_handlers_disconnect_by_func (paned, on_paned_map_cb, self);
  gtk_widget_add_tick_callback (paned, restore_reader_width, self, NULL);
}

static void
mg_window_dispose (GObject *object)
{
  MgWindow *self = MG_WINDOW (object);

  g_clear_handle_id (&self->spinner_timeout, g_source_remove);
  g_clear_handle_id (&self->present_timeout, g_source_remove);
  mg_window_history_dispose (self);
  mg_window_watch_dispose (self);
  mg_window_alliances_dispose (self);
  if (self->source != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->source, self);
      mg_feed_source_stop (self->source);
    }
  /* Pages go away with the tabs; that is no choice of the user's. */
  if (self->state_tabs != NULL)
    g_signal_handlers_disconnect_by_data (self->state_tabs, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_WINDOW);

  G_OBJECT_CLASS (mg_window_parent_class)->dispose (object);
}

static void
mg_window_finalize (GObject *object)
{
  MgWindow *self = MG_WINDOW (object);

  g_clear_object (&self->source);
  g_clear_object (&self->election);
  g_clear_object (&self->pages);
  g_clear_object (&self->house);
  g_clear_object (&self->live);
  g_clear_object (&self->print_settings);
  g_clear_object (&self->page_setup);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->pending_state_id, g_free);

  G_OBJECT_CLASS (mg_window_parent_class)->finalize (object);
}

static void
mg_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  MgWindow *self = MG_WINDOW (object);

  switch (prop_id)
    {
    case PROP_READER_VISIBLE:
      g_value_set_boolean (value, self->reader_visible);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, mg_feed_source_get_loading (self->source));
      break;
    case PROP_LOCAL_TIME:
      g_value_set_boolean (value, self->local_time);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  MgWindow *self = MG_WINDOW (object);

  switch (prop_id)
    {
    case PROP_READER_VISIBLE:
      if (self->reader_visible != g_value_get_boolean (value))
        {
          GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
          gboolean focus_in_reader =
            focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->reader));

          self->reader_visible = g_value_get_boolean (value);
          gtk_widget_set_visible (GTK_WIDGET (self->reader), self->reader_visible);
          /* The toggle's state, for screen readers: GTK 4.8 does not
           * report it for a button driven by a stateful action. */
          gtk_accessible_update_state (GTK_ACCESSIBLE (self->reader_button),
                                       GTK_ACCESSIBLE_STATE_PRESSED, self->reader_visible, -1);
          /* Focus that was in the news goes to the results, not to the
           * paned's handle. */
          if (!self->reader_visible && focus_in_reader)
            mg_state_tabs_focus_page (self->state_tabs);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_LOCAL_TIME:
      if (self->local_time != g_value_get_boolean (value))
        {
          self->local_time = g_value_get_boolean (value);
          mg_reader_set_local_time (self->reader, self->local_time);
          update_subtitle (self);
          mg_window_history_update_pages (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_window_class_init (MgWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = mg_window_dispose;
  object_class->finalize = mg_window_finalize;
  object_class->get_property = mg_window_get_property;
  object_class->set_property = mg_window_set_property;
  window_class->close_request = mg_window_close_request;

  properties[PROP_READER_VISIBLE] =
    g_param_spec_boolean ("reader-visible", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LOCAL_TIME] =
    g_param_spec_boolean ("local-time", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MG_TYPE_READER);
  g_type_ensure (MG_TYPE_STATE_TABS);
  g_type_ensure (MG_TYPE_TIME_BAR);
  mg_window_history_class_init (widget_class);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MgWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, reader_button);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, time_bar);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, refresh_stack);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, refresh_spinner);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, empty_title);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, empty_description);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, state_tabs);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, reader);
  gtk_widget_class_bind_template_callback (widget_class, on_state_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_page_made_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_dismiss_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_retry_button_clicked_cb);


  mg_window_class_add_actions (widget_class);
  mg_window_chart_class_init (widget_class);
}

static void
mg_window_init (MgWindow *self)
{
  int width, height;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->reader_visible = TRUE;
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->reader_button),
                               GTK_ACCESSIBLE_STATE_PRESSED, TRUE, -1);
  self->settings = g_settings_new (APP_ID);
  self->election = mg_election_new ();
  self->house = g_list_store_new (MG_TYPE_STATE_RESULT);
  {
    GListStore *parts = g_list_store_new (G_TYPE_LIST_MODEL);

    g_list_store_append (parts, self->house);
    g_list_store_append (parts, mg_election_get_states (self->election));
    self->pages = G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (parts)));
  }
  self->source = mg_feed_source_new (NULL);
  g_settings_bind (self->settings, "refresh-interval", self->source, "interval",
                   G_SETTINGS_BIND_GET);
  g_signal_connect_object (self->source, "updated", G_CALLBACK (on_source_updated_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->source, "notify::error", G_CALLBACK (on_source_error_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->source, "notify::stale", G_CALLBACK (update_subtitle), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->source, "notify::data-time", G_CALLBACK (update_subtitle), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->source, "notify::loading", G_CALLBACK (on_source_loading_cb),
                           self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->source, "notify::uri", G_CALLBACK (mg_window_update_actions),
                           self, G_CONNECT_SWAPPED);
  mg_window_history_init (self);
  mg_window_watch_init (self);
  mg_window_update_actions (self);
  mg_bench_hooks_attach (GTK_WIDGET (self), (MgBenchReadyFunc) mg_window_get_results_painted);
  mg_bench_mark ("window made");
  mg_window_add_capture_shortcuts (self);

  gtk_menu_button_set_create_popup_func (self->menu_button, create_primary_menu, self, NULL);

  g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  g_settings_bind (self->settings, "reader-visible", self, "reader-visible",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "local-time", self, "local-time", G_SETTINGS_BIND_DEFAULT);

  mg_state_tabs_set_states (self->state_tabs, self->pages);
  g_signal_connect_object (self->paned, "map", G_CALLBACK (on_paned_map_cb), self,
                           G_CONNECT_SWAPPED);
  mg_reader_set_election (self->reader, self->election);
}

/**
 * mg_window_new:
 *
 * Creates a window with no feed yet: mg_window_load_uri() gives it one.
 *
 * Returns: (transfer none): the window, owned by @application
 */
MgWindow *
mg_window_new (MgApplication *application)
{
  return g_object_new (MG_TYPE_WINDOW, "application", application, NULL);
}

/**
 * mg_window_get_election:
 *
 * Returns: (transfer none): the results on show
 */
MgElection *
mg_window_get_election (MgWindow *self)
{
  g_return_val_if_fail (MG_IS_WINDOW (self), NULL);
  return self->election;
}

/**
 * mg_window_load_uri:
 * @uri: an http(s), file or resource URI
 *
 * Follows the feed at @uri. What is on screen stays until the new feed has
 * been read and validated; a bad feed leaves it there and says why.
 */
void
mg_window_load_uri (MgWindow   *self,
                    const char *uri)
{
  g_return_if_fail (MG_IS_WINDOW (self));
  g_return_if_fail (uri != NULL);

  mg_feed_source_set_uri (self->source, uri);
}

/* Like mg_window_load_uri() for a #GFile. */
void
mg_window_load_feed (MgWindow *self,
                     GFile    *file)
{
  g_autofree char *uri = NULL;

  g_return_if_fail (MG_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  uri = g_file_get_uri (file);
  mg_window_load_uri (self, uri);
}

/* Waiting no longer for the results: the window is shown as it is. */
#define PRESENT_WAIT_MS 1500

static void
present_now (MgWindow *self)
{
  mg_bench_mark ("window ready to show");
  g_clear_handle_id (&self->present_timeout, g_source_remove);
  g_signal_handlers_disconnect_by_func (self->source, present_now, self);
  gtk_window_present (GTK_WINDOW (self));
}

static gboolean
present_timeout_cb (gpointer user_data)
{
  MgWindow *self = user_data;

  self->present_timeout = 0;
  present_now (self);
  return G_SOURCE_REMOVE;
}

/**
 * mg_window_present_when_ready:
 *
 * Shows the window. A feed read from disk (a file, the bundled results, a
 * folder) is parsed while the window is being made; the window is shown
 * when its results are in, so that its first frame shows them rather
 * than "Loading Results…" (at most %PRESENT_WAIT_MS later). A feed's
 * cached copy is there at once; a feed from the network that has none
 * shows the window at once, loading.
 */
void
mg_window_present_when_ready (MgWindow *self)
{
  const char *uri;

  g_return_if_fail (MG_IS_WINDOW (self));

  uri = mg_feed_source_get_uri (self->source);
  if (self->have_data || !mg_feed_source_get_loading (self->source) || uri == NULL ||
      mg_feed_uri_is_remote (uri))
    {
      present_now (self);
      return;
    }
  if (self->present_timeout != 0)
    return;
  self->present_timeout = g_timeout_add (PRESENT_WAIT_MS, present_timeout_cb, self);
  g_signal_connect_object (self->source, "notify::loading", G_CALLBACK (present_now), self, G_CONNECT_SWAPPED);
}

/**
 * mg_window_get_results_painted:
 *
 * Returns: whether the selected tab's seat chart has been painted: the
 *   first frame with results in it
 */
gboolean
mg_window_get_results_painted (MgWindow *self)
{
  int index;
  GtkWidget *chart;

  g_return_val_if_fail (MG_IS_WINDOW (self), FALSE);

  index = mg_state_tabs_get_selected_index (self->state_tabs);
  if (!self->have_data || index < 0)
    return FALSE;
  chart = mg_state_page_get_seat_chart (mg_state_tabs_get_page (self->state_tabs, (guint) index));
  return chart != NULL && mg_seat_chart_get_n_draws (MG_SEAT_CHART (chart)) > 0;
}

/**
 * mg_window_get_feed_source:
 *
 * Returns: (transfer none): where the results come from
 */
MgFeedSource *
mg_window_get_feed_source (MgWindow *self)
{
  g_return_val_if_fail (MG_IS_WINDOW (self), NULL);
  return self->source;
}

/**
 * mg_window_get_subtitle:
 *
 * Returns: (transfer none) (nullable): the header's freshness line
 */
const char *
mg_window_get_subtitle (MgWindow *self)
{
  g_return_val_if_fail (MG_IS_WINDOW (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->subtitle_label)))
    return NULL;
  return gtk_label_get_text (self->subtitle_label);
}

gboolean
mg_window_get_loading (MgWindow *self)
{
  g_return_val_if_fail (MG_IS_WINDOW (self), FALSE);
  return mg_feed_source_get_loading (self->source);
}

/**
 * mg_window_get_selected_state:
 *
 * Returns: (transfer none) (nullable): the state of the current tab
 */
MgStateResult *
mg_window_get_selected_state (MgWindow *self)
{
  g_return_val_if_fail (MG_IS_WINDOW (self), NULL);

  return self->state_tabs != NULL ? mg_state_tabs_get_selected_state (self->state_tabs) : NULL;
}

/**
 * mg_window_get_error:
 *
 * Returns: (transfer none) (nullable): the error on show, if any
 */
const char *
mg_window_get_error (MgWindow *self)
{
  g_return_val_if_fail (MG_IS_WINDOW (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->error_revealer))
    return NULL;
  return gtk_label_get_text (self->error_label);
}

/**
 * mg_window_get_reader:
 *
 * Returns: (transfer none): the news pane
 */
MgReader *
mg_window_get_reader (MgWindow *self)
{
  g_return_val_if_fail (MG_IS_WINDOW (self), NULL);
  return self->reader;
}

/**
 * mg_window_get_state_tabs:
 *
 * Returns: (transfer none): the state tabs and their pages
 */
MgStateTabs *
mg_window_get_state_tabs (MgWindow *self)
{
  g_return_val_if_fail (MG_IS_WINDOW (self), NULL);
  return self->state_tabs;
}
