/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-window"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-application.h"
#include "mg-election.h"
#include "mg-feed-loader.h"
#include "mg-feed-parser.h"
#include "mg-reader.h"
#include "mg-state-page.h"
#include "mg-state-result.h"
#include "mg-summary.h"
#include "mg-window.h"

struct _MgWindow
{
  GtkApplicationWindow  parent_instance;

  GSettings            *settings;
  MgElection           *election;
  GCancellable         *cancellable;
  GFile                *feed;
  char                 *pending_state_id;
  gboolean              loading;
  gboolean              reader_visible;

  /* Template widgets */
  GtkLabel             *subtitle_label;
  GtkRevealer          *error_revealer;
  GtkLabel             *error_label;
  GtkStack             *main_stack;
  GtkLabel             *empty_title;
  GtkLabel             *empty_description;
  GtkPaned             *paned;
  GtkNotebook          *notebook;
  MgReader             *reader;
};

G_DEFINE_FINAL_TYPE (MgWindow, mg_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_READER_VISIBLE,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_loading (MgWindow *self,
             gboolean  loading)
{
  if (self->loading == loading)
    return;
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
show_error (MgWindow   *self,
            const char *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

static void
update_subtitle (MgWindow *self)
{
  GDateTime *updated = mg_election_get_updated (self->election);
  g_autofree char *when = NULL;
  g_autofree char *text = NULL;

  if (updated == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), FALSE);
      return;
    }

  when = mg_summary_format_time (updated);
  /* TRANSLATORS: when the results were last updated, like "8 Dec 2022, 13:05" */
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

  if (selected_id != NULL)
    mg_window_select_state_id (self, selected_id);

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

static void
on_feed_loaded_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  MgWindow *self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (MgElection) parsed = NULL;
  g_autofree char *name = NULL;
  gboolean first;

  bytes = mg_feed_loader_load_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_loading (self, FALSE);
  name = mg_feed_loader_describe (self->feed);

  if (bytes != NULL)
    parsed = mg_feed_parse (bytes, NULL, &error);

  if (parsed == NULL)
    {
      g_autofree char *message = NULL;

      /* TRANSLATORS: the feed's path or address, then why it could not be used */
      message = g_strdup_printf (_("Could not load results from %s: %s"), name, error->message);
      g_warning ("%s", message);
      show_error (self, message);

      /* The last good results stay; only a window with none says so. */
      if (mg_election_get_n_states (self->election) == 0)
        {
          gtk_label_set_text (self->empty_title, _("No Results"));
          gtk_label_set_text (self->empty_description, message);
        }
      return;
    }

  first = mg_election_get_n_states (self->election) == 0;
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  mg_election_update_from (self->election, parsed);
  update_subtitle (self);
  gtk_stack_set_visible_child_name (self->main_stack, "results");

  if (first || self->pending_state_id != NULL)
    apply_pending_selection (self);
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

  g_cancellable_cancel (self->cancellable);
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

  g_clear_object (&self->cancellable);
  g_clear_object (&self->election);
  g_clear_object (&self->settings);
  g_clear_object (&self->feed);
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
      g_value_set_boolean (value, self->loading);
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

  gtk_widget_class_install_action (widget_class, "win.select-state", "i", select_state_action);
  gtk_widget_class_install_action (widget_class, "win.next-state", NULL, cycle_state_action);
  gtk_widget_class_install_action (widget_class, "win.previous-state", NULL, cycle_state_action);
  gtk_widget_class_install_property_action (widget_class, "win.show-reader", "reader-visible");

  for (guint i = 0; i < 9; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.select-state", "i", (int) i);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_CONTROL_MASK,
                                       "win.next-state", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_CONTROL_MASK,
                                       "win.previous-state", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.show-reader", NULL);
}

static void
mg_window_init (MgWindow *self)
{
  int width, height;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->reader_visible = TRUE;
  self->settings = g_settings_new (APP_ID);
  self->election = mg_election_new ();

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
  mg_reader_set_articles (self->reader, mg_election_get_articles (self->election));
}

/**
 * mg_window_new:
 *
 * Creates a window showing the bundled results; mg_window_load_feed()
 * replaces them.
 *
 * Returns: (transfer none): the window, owned by @application
 */
MgWindow *
mg_window_new (MgApplication *application)
{
  MgWindow *self = g_object_new (MG_TYPE_WINDOW, "application", application, NULL);
  g_autoptr (GFile) file = g_file_new_for_uri (MG_FEED_DEFAULT_URI);

  mg_window_load_feed (self, file);
  return self;
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
 * mg_window_load_feed:
 *
 * Loads @file in the background and shows it. What is on screen stays until
 * the new feed has been read and validated; a bad feed leaves it there and
 * says why.
 */
void
mg_window_load_feed (MgWindow *self,
                     GFile    *file)
{
  g_return_if_fail (MG_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_set_object (&self->feed, file);

  set_loading (self, TRUE);
  mg_feed_loader_load_async (file, self->cancellable, on_feed_loaded_cb, self);
}

gboolean
mg_window_get_loading (MgWindow *self)
{
  g_return_val_if_fail (MG_IS_WINDOW (self), FALSE);
  return self->loading;
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
      if (self->loading)
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
