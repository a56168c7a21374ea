/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-window"

#include "config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mg-application.h"
#include "mg-election.h"
#include "mg-feed-loader.h"
#include "mg-feed-source.h"
#include "mg-feed-parser.h"
#include "mg-reader.h"
#include "mg-state-page.h"
#include "mg-state-result.h"
#include "mg-summary-render.h"
#include "mg-summary.h"
#include "mg-window.h"

struct _MgWindow
{
  GtkApplicationWindow  parent_instance;

  GSettings            *settings;
  MgElection           *election;
  MgFeedSource         *source;
  char                 *pending_state_id;
  gboolean              have_data;
  gboolean              reader_visible;
  guint                 spinner_timeout;
  guint                 bench_frames;

  /* Template widgets */
  GtkLabel             *subtitle_label;
  GtkStack             *refresh_stack;
  GtkSpinner           *refresh_spinner;
  GtkRevealer          *error_revealer;
  GtkLabel             *error_label;
  GtkStack             *main_stack;
  GtkLabel             *empty_title;
  GtkLabel             *empty_description;
  GtkPaned             *paned;
  GtkNotebook          *notebook;
  MgReader             *reader;
  GtkMenuButton        *menu_button;
  GMenuModel           *primary_menu;
};

G_DEFINE_FINAL_TYPE (MgWindow, mg_window, GTK_TYPE_APPLICATION_WINDOW)

/* Loading shorter than this shows no spinner. */
#define SPINNER_DELAY_MS 400

enum {
  PROP_0,
  PROP_READER_VISIBLE,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_error (MgWindow   *self,
            const char *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

/* "13:05" today, "8 Dec, 13:05" on another day, in the user's time zone. */
static char *
format_short_time (GDateTime *time)
{
  g_autoptr (GDateTime) local = g_date_time_to_local (time);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  if (g_date_time_get_year (local) == g_date_time_get_year (now) &&
      g_date_time_get_day_of_year (local) == g_date_time_get_day_of_year (now))
    return g_date_time_format (local, "%H:%M");
  return mg_summary_format_time (time);
}

static void
update_subtitle (MgWindow *self)
{
  GDateTime *updated = mg_election_get_updated (self->election);
  g_autofree char *when = NULL;
  g_autofree char *text = NULL;

  /* The time the results speak for: the feed's own, else when fetched. */
  if (updated == NULL)
    updated = mg_feed_source_get_data_time (self->source);
  if (!self->have_data || updated == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), FALSE);
      return;
    }

  when = format_short_time (updated);
  if (mg_feed_source_get_stale (self->source))
    /* TRANSLATORS: the results shown are old: the feed could not be refreshed */
    text = g_strdup_printf (_("Offline — showing %s"), when);
  else
    /* TRANSLATORS: when the results were last updated, like "13:05" */
    text = g_strdup_printf (_("Updated %s"), when);
  gtk_label_set_text (self->subtitle_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), TRUE);
}

static void
remember_selected_state (MgWindow *self)
{
  MgStateResult *state = mg_window_get_selected_state (self);

  if (state != NULL)
    g_settings_set_string (self->settings, "selected-state", mg_state_result_get_id (state));
}

/* GTK 4.8 names every notebook tab "Tab" for screen readers; name it after
 * its state instead, on the tab widget that holds the label. */
static void
name_tab_for_screen_readers (GtkWidget *label)
{
  GtkWidget *tab = gtk_widget_get_parent (label);

  if (tab != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (tab), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    gtk_label_get_text (GTK_LABEL (label)), -1);
}

static GtkWidget *
create_tab_label (MgStateResult *state)
{
  GtkWidget *label = gtk_label_new (NULL);

  g_signal_connect (label, "notify::label", G_CALLBACK (name_tab_for_screen_readers), NULL);
  g_signal_connect (label, "notify::parent", G_CALLBACK (name_tab_for_screen_readers), NULL);
  g_object_bind_property (state, "name", label, "label", G_BINDING_SYNC_CREATE);
  return label;
}

/* Keeps one notebook page per state, following the model's changes. */
static void
on_states_items_changed_cb (MgWindow   *self,
                            guint       position,
                            guint       removed,
                            guint       added,
                            GListModel *states)
{
  g_autofree char *selected_id = NULL;
  MgStateResult *selected = mg_window_get_selected_state (self);
  guint selected_position = 0;

  if (selected != NULL)
    selected_id = g_strdup (mg_state_result_get_id (selected));

  g_signal_handlers_block_by_func (self->notebook, G_CALLBACK (remember_selected_state), self);

  for (guint i = 0; i < removed; i++)
    gtk_notebook_remove_page (self->notebook, (int) position);

  for (guint i = 0; i < added; i++)
    {
      g_autoptr (MgStateResult) state = g_list_model_get_item (states, position + i);
      GtkWidget *page = mg_state_page_new (state);

      gtk_notebook_insert_page (self->notebook, page, create_tab_label (state), (int) (position + i));
      gtk_notebook_set_tab_reorderable (self->notebook, page, FALSE);
    }

  g_signal_handlers_unblock_by_func (self->notebook, G_CALLBACK (remember_selected_state), self);

  /* The state that was selected stays selected if it is still there. */
  if (selected_id != NULL &&
      mg_election_find_state (self->election, selected_id, &selected_position) != NULL)
    gtk_notebook_set_current_page (self->notebook, (int) selected_position);

  gtk_notebook_set_show_tabs (self->notebook, g_list_model_get_n_items (states) > 0);
}

static void
apply_pending_selection (MgWindow *self)
{
  g_autofree char *requested = g_steal_pointer (&self->pending_state_id);
  g_autofree char *remembered = g_settings_get_string (self->settings, "selected-state");

  if (requested != NULL)
    {
      g_autofree char *message = NULL;

      if (mg_window_select_state_id (self, requested))
        return;
      /* TRANSLATORS: a state id asked for on the command line */
      message = g_strdup_printf (_("There is no state “%s” in these results."), requested);
      show_error (self, message);
    }
  if (!mg_window_select_state_id (self, remembered))
    gtk_notebook_set_current_page (self->notebook, 0);
}

/* Per state: whether the leader has reached the majority, and whether the
 * count is final, to tell when either changes. */
static GHashTable *
milestones (MgElection *election)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < mg_election_get_n_states (election); i++)
    {
      MgStateResult *state = mg_election_get_state (election, i);
      guint flags = (mg_state_result_get_majority_reached (state) ? 1 : 0) |
                    (mg_state_result_get_status (state) == MG_STATE_STATUS_FINAL ? 2 : 0);

      g_hash_table_insert (table, g_strdup (mg_state_result_get_id (state)), GUINT_TO_POINTER (flags));
    }
  return table;
}

/* A desktop notification for a state whose leader crossed the majority
 * mark or whose count became final — only when the window is not looked at. */
static void
notify_milestones (MgWindow   *self,
                   GHashTable *before)
{
  GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));

  if (app == NULL || gtk_window_is_active (GTK_WINDOW (self)))
    return;

  for (guint i = 0; i < mg_election_get_n_states (self->election); i++)
    {
      MgStateResult *state = mg_election_get_state (self->election, i);
      gpointer old_flags;
      guint was, now;
      g_autoptr (GNotification) notification = NULL;
      g_autofree char *title = NULL;
      g_autofree char *body = NULL;
      g_autofree char *id = NULL;

      if (!g_hash_table_lookup_extended (before, mg_state_result_get_id (state), NULL, &old_flags))
        continue;
      was = GPOINTER_TO_UINT (old_flags);
      now = (mg_state_result_get_majority_reached (state) ? 1 : 0) |
            (mg_state_result_get_status (state) == MG_STATE_STATUS_FINAL ? 2 : 0);
      if ((now & ~was) == 0)
        continue;

      if (now & ~was & 2)
        /* TRANSLATORS: notification title: the state's count is final */
        title = g_strdup_printf (_("%s: final result"), mg_state_result_get_name (state));
      else
        /* TRANSLATORS: notification title: a party has crossed the majority mark in the state */
        title = g_strdup_printf (_("%s: majority crossed"), mg_state_result_get_name (state));
      body = mg_summary_dup_headline (state);
      notification = g_notification_new (title);
      g_notification_set_body (notification, body);
      g_notification_set_default_action_and_target (notification, "app.show-state", "s",
                                                    mg_state_result_get_id (state));
      id = g_strdup_printf ("state-%s", mg_state_result_get_id (state));
      g_application_send_notification (app, id, notification);
    }
}

static void
on_source_updated_cb (MgWindow     *self,
                      MgElection   *parsed,
                      MgFeedSource *source)
{
  g_autoptr (GHashTable) before = milestones (self->election);
  gboolean first = !self->have_data;

  self->have_data = TRUE;
  mg_election_update_from (self->election, parsed);
  gtk_stack_set_visible_child_name (self->main_stack, "results");
  if (!first)
    notify_milestones (self, before);
  update_subtitle (self);

  if (first || self->pending_state_id != NULL)
    apply_pending_selection (self);
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
  show_error (self, message);

  /* The last good results stay; only a window with none says so. */
  if (!self->have_data)
    {
      gtk_label_set_text (self->empty_title, _("No Results"));
      gtk_label_set_text (self->empty_description, message);
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

static void
on_notebook_switch_page_cb (MgWindow    *self,
                            GtkWidget   *page,
                            guint        page_num,
                            GtkNotebook *notebook)
{
  MgStateResult *state = mg_state_page_get_state (MG_STATE_PAGE (page));
  g_autofree char *title = NULL;

  /* TRANSLATORS: window title: the selected state's name */
  title = g_strdup_printf (_("%s — Matganana"), mg_state_result_get_name (state));
  gtk_window_set_title (GTK_WINDOW (self), title);
  mg_reader_set_state_id (self->reader, mg_state_result_get_id (state));
}

static void
on_dismiss_button_clicked_cb (MgWindow  *self,
                              GtkButton *button)
{
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
}

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

/* Page setup and printer settings, kept for the session. */
static GtkPrintSettings *session_print_settings;
static GtkPageSetup *session_page_setup;

typedef struct {
  MgWindow       *self;
  MgSummaryPlan  *plan;
  MgStateResult  *current;
  gboolean        all_states;
  GtkWidget      *all_button;
} PrintJob;

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  g_clear_pointer (&job->plan, mg_summary_plan_free);
  g_clear_object (&job->current);
  g_free (job);
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   PrintJob          *job)
{
  job->plan = mg_summary_plan_new (job->self->election, job->all_states ? NULL : job->current,
                                   gtk_print_context_get_cairo_context (context),
                                   gtk_print_context_get_width (context),
                                   gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, (int) mg_summary_plan_get_n_pages (job->plan));
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 PrintJob          *job)
{
  mg_summary_plan_draw_page (job->plan, gtk_print_context_get_cairo_context (context), (guint) page);
}

/* The print dialog's own tab: the selected state or all of them. */
static GObject *
on_create_custom_widget_cb (GtkPrintOperation *operation,
                            PrintJob          *job)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autofree char *current_label = NULL;
  GtkWidget *current, *all;

  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_top (box, 18);
  /* TRANSLATORS: print only the selected state; %s is its name */
  current_label = g_strdup_printf (_("Only %s"), mg_state_result_get_name (job->current));
  current = gtk_check_button_new_with_label (current_label);
  all = gtk_check_button_new_with_label (_("All states"));
  gtk_check_button_set_group (GTK_CHECK_BUTTON (all), GTK_CHECK_BUTTON (current));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (job->all_states ? all : current), TRUE);
  gtk_box_append (GTK_BOX (box), current);
  gtk_box_append (GTK_BOX (box), all);
  job->all_button = all;
  return G_OBJECT (box);
}

static void
on_custom_widget_apply_cb (GtkPrintOperation *operation,
                           GtkWidget         *widget,
                           PrintJob          *job)
{
  job->all_states = gtk_check_button_get_active (GTK_CHECK_BUTTON (job->all_button));
}

static void
on_print_done_cb (GtkPrintOperation       *operation,
                  GtkPrintOperationResult  result,
                  MgWindow                *self)
{
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      g_set_object (&session_print_settings, gtk_print_operation_get_print_settings (operation));
      g_set_object (&session_page_setup, gtk_print_operation_get_default_page_setup (operation));
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *message = NULL;

      gtk_print_operation_get_error (operation, &error);
      message = g_strdup_printf (_("Could not print: %s"), error ? error->message : "");
      show_error (self, message);
    }
}

static GtkPrintOperation *
new_print_operation (MgWindow *self,
                     gboolean  all_states)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  PrintJob *job = g_new0 (PrintJob, 1);
  MgStateResult *current = mg_window_get_selected_state (self);

  job->self = self;
  job->current = current != NULL ? g_object_ref (current) : NULL;
  job->all_states = all_states || current == NULL;
  g_object_set_data_full (G_OBJECT (operation), "job", job, print_job_free);

  if (session_print_settings != NULL)
    gtk_print_operation_set_print_settings (operation, session_print_settings);
  if (session_page_setup != NULL)
    gtk_print_operation_set_default_page_setup (operation, session_page_setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_job_name (operation, _("Seat summary"));
  gtk_print_operation_set_custom_tab_label (operation, _("Seat Summary"));

  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), job);
  if (current != NULL)
    {
      g_signal_connect (operation, "create-custom-widget", G_CALLBACK (on_create_custom_widget_cb), job);
      g_signal_connect (operation, "custom-widget-apply", G_CALLBACK (on_custom_widget_apply_cb), job);
    }
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done_cb), self, 0);
  return operation;
}

/* Ctrl+P: "Print Seat Summary…" through the print dialog. */
static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MgWindow *self = MG_WINDOW (widget);
  g_autoptr (GtkPrintOperation) operation = NULL;
  g_autoptr (GError) error = NULL;

  if (!self->have_data)
    return;
  operation = new_print_operation (self, FALSE);
  gtk_print_operation_set_allow_async (operation, TRUE);
  gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self),
                           &error);
  if (error != NULL)
    show_error (self, error->message);
}

static void
refresh_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  mg_feed_source_refresh (MG_WINDOW (widget)->source);
}

static void
on_open_response_cb (GtkDialog *dialog,
                     int        response,
                     MgWindow  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      GtkEntry *entry = g_object_get_data (G_OBJECT (dialog), "entry");
      const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
      g_autoptr (GFile) file = NULL;
      g_autofree char *uri = NULL;

      if (*text != '\0')
        {
          file = mg_feed_loader_file_for_arg (text, NULL);
          uri = g_file_get_uri (file);
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
  GtkWidget *dialog, *box, *label, *entry;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  dialog = gtk_dialog_new_with_buttons (_("Open Feed"), GTK_WINDOW (self),
                                        GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT |
                                        GTK_DIALOG_USE_HEADER_BAR,
                                        _("_Cancel"), GTK_RESPONSE_CANCEL,
                                        _("_Open"), GTK_RESPONSE_ACCEPT, NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  box = gtk_dialog_get_content_area (GTK_DIALOG (dialog));
  G_GNUC_END_IGNORE_DEPRECATIONS

  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_box_set_spacing (GTK_BOX (box), 8);

  label = gtk_label_new_with_mnemonic (_("Results feed _address (http, https or a file)"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  entry = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_URL);
  gtk_widget_set_size_request (entry, 420, -1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), entry);
  if (mg_feed_source_get_uri (self->source) != NULL &&
      !g_str_has_prefix (mg_feed_source_get_uri (self->source), "resource://"))
    gtk_editable_set_text (GTK_EDITABLE (entry), mg_feed_source_get_uri (self->source));
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), entry);
  g_object_set_data (G_OBJECT (dialog), "entry", entry);

  g_signal_connect (dialog, "response", G_CALLBACK (on_open_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
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

  if (gtk_menu_button_get_popover (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
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

/* Measurement hooks for build-aux/bench, off unless MATGANANA_BENCH is set:
 * "first-frame" prints the resident memory and exits after the first frame
 * that shows results; "frames" counts painted frames and prints the count
 * on SIGUSR1. */
static long
resident_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmRSS:");
  return line != NULL ? strtol (line + strlen ("VmRSS:"), NULL, 10) : -1;
}

static void
bench_after_paint (GdkFrameClock *clock,
                   MgWindow      *self)
{
  if (g_strcmp0 (g_getenv ("MATGANANA_BENCH"), "first-frame") == 0)
    {
      if (!self->have_data)
        return;
      printf ("rss-kib: %ld\n", resident_kib ());
      fflush (stdout);
      _exit (0);
    }
  self->bench_frames++;
}

static gboolean
bench_print_frames (gpointer user_data)
{
  MgWindow *self = user_data;

  printf ("frames: %u\n", self->bench_frames);
  fflush (stdout);
  return G_SOURCE_CONTINUE;
}

static void
bench_on_map (MgWindow *self)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                           G_CALLBACK (bench_after_paint), self, 0);
  g_unix_signal_add (SIGUSR1, bench_print_frames, self);
}

static void
mg_window_dispose (GObject *object)
{
  MgWindow *self = MG_WINDOW (object);

  g_clear_handle_id (&self->spinner_timeout, g_source_remove);
  if (self->source != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->source, self);
      mg_feed_source_stop (self->source);
    }
  /* Pages go away with the notebook; that is no choice of the user's. */
  if (self->notebook != NULL)
    g_signal_handlers_disconnect_by_data (self->notebook, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_WINDOW);

  G_OBJECT_CLASS (mg_window_parent_class)->dispose (object);
}

static void
mg_window_finalize (GObject *object)
{
  MgWindow *self = MG_WINDOW (object);

  g_clear_object (&self->source);
  g_clear_object (&self->election);
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
          self->reader_visible = g_value_get_boolean (value);
          gtk_widget_set_visible (GTK_WIDGET (self->reader), self->reader_visible);
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
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MG_TYPE_READER);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MgWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, refresh_stack);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, refresh_spinner);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, empty_title);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, empty_description);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, notebook);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, reader);
  gtk_widget_class_bind_template_callback (widget_class, on_notebook_switch_page_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_dismiss_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_retry_button_clicked_cb);

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
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_CONTROL_MASK,
                                       "win.next-state", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_CONTROL_MASK,
                                       "win.previous-state", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.show-reader", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "win.refresh", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.refresh", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "win.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, 0, "win.cycle-focus", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK, "win.open-feed", NULL);
}

static void
mg_window_init (MgWindow *self)
{
  int width, height;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->reader_visible = TRUE;
  self->settings = g_settings_new (APP_ID);
  self->election = mg_election_new ();
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

  if (G_UNLIKELY (g_getenv ("MATGANANA_BENCH") != NULL))
    g_signal_connect (self, "map", G_CALLBACK (bench_on_map), NULL);

  gtk_menu_button_set_create_popup_func (self->menu_button, create_primary_menu, self, NULL);

  g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  g_settings_bind (self->settings, "reader-visible", self, "reader-visible",
                   G_SETTINGS_BIND_DEFAULT);

  g_signal_connect_object (mg_election_get_states (self->election), "items-changed",
                           G_CALLBACK (on_states_items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->notebook, "switch-page", G_CALLBACK (remember_selected_state),
                           self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
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
  int page;

  g_return_val_if_fail (MG_IS_WINDOW (self), NULL);

  if (self->notebook == NULL)
    return NULL;
  page = gtk_notebook_get_current_page (self->notebook);
  if (page < 0)
    return NULL;
  return mg_state_page_get_state (MG_STATE_PAGE (gtk_notebook_get_nth_page (self->notebook, page)));
}

/**
 * mg_window_select_state_id:
 *
 * Selects the tab of the state with @id. Before the feed has loaded, the
 * choice is kept and applied when it has.
 *
 * Returns: %TRUE if the state was found and selected
 */
gboolean
mg_window_select_state_id (MgWindow   *self,
                           const char *id)
{
  guint position;

  g_return_val_if_fail (MG_IS_WINDOW (self), FALSE);

  if (id == NULL || *id == '\0')
    return FALSE;

  if (mg_election_find_state (self->election, id, &position) == NULL)
    {
      if (!self->have_data || mg_feed_source_get_loading (self->source))
        {
          g_free (self->pending_state_id);
          self->pending_state_id = g_strdup (id);
        }
      return FALSE;
    }

  gtk_notebook_set_current_page (self->notebook, (int) position);
  return TRUE;
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
 * mg_window_export_summary:
 * @all_states: every state, or only the selected one
 *
 * Runs the print operation in export mode: the pages the print dialog
 * would print, as a PDF at @path.
 *
 * Returns: the number of pages, or 0 with @error set
 */
guint
mg_window_export_summary (MgWindow    *self,
                          gboolean     all_states,
                          const char  *path,
                          GError     **error)
{
  g_autoptr (GtkPrintOperation) operation = NULL;
  g_autoptr (GtkPageSetup) a4 = gtk_page_setup_new ();
  g_autoptr (GtkPaperSize) paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  PrintJob *job;

  g_return_val_if_fail (MG_IS_WINDOW (self), 0);

  operation = new_print_operation (self, all_states);
  /* The command line's page: A4 with 42 pt margins. */
  gtk_page_setup_set_paper_size (a4, paper);
  gtk_page_setup_set_top_margin (a4, 42, GTK_UNIT_POINTS);
  gtk_page_setup_set_bottom_margin (a4, 42, GTK_UNIT_POINTS);
  gtk_page_setup_set_left_margin (a4, 42, GTK_UNIT_POINTS);
  gtk_page_setup_set_right_margin (a4, 42, GTK_UNIT_POINTS);
  gtk_print_operation_set_default_page_setup (operation, a4);
  gtk_print_operation_set_export_filename (operation, path);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    return 0;
  job = g_object_get_data (G_OBJECT (operation), "job");
  return job->plan != NULL ? mg_summary_plan_get_n_pages (job->plan) : 0;
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
 * mg_window_get_notebook:
 *
 * Returns: (transfer none): the notebook holding a page per state
 */
GtkNotebook *
mg_window_get_notebook (MgWindow *self)
{
  g_return_val_if_fail (MG_IS_WINDOW (self), NULL);
  return self->notebook;
}
