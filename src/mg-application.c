/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-application"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mg-application.h"
#include "mg-bench-hooks.h"
#include "mg-application-private.h"
#include "mg-watch-alerts.h"
#include "mg-cli-history.h"
#include "mg-chart-export.h"
#include "mg-cli.h"
#include "mg-election.h"
#include "mg-feed-loader.h"
#include "mg-feed-source.h"
#include "mg-state-result.h"
#include "mg-summary.h"
#include "mg-window.h"

struct _MgApplication
{
  GtkApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (MgApplication, mg_application, GTK_TYPE_APPLICATION)

static const GOptionEntry main_entries[] = {
  { "feed", 'f', 0, G_OPTION_ARG_STRING, NULL,
    N_("Read results from URI: http(s)://, a file path, file:// or resource:// (default: the bundled results)"),
    N_("URI") },
  { "state", 's', 0, G_OPTION_ARG_STRING, NULL,
    N_("Select the state with this id, or summarise only it"), N_("ID") },
  { "constituency", 0, 0, G_OPTION_ARG_INT, NULL,
    N_("With --state, show constituency number N: its detail in the window, or its "
       "result with --summary"), N_("N") },
  { "interval", 'i', 0, G_OPTION_ARG_INT, NULL,
    N_("Check an http(s) feed every SECONDS (at least 5; default 30)"), N_("SECONDS") },
  { "summary", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print a text seat summary and exit"), NULL },
  { "changes", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --summary, add the seats that changed hands since the last election"), NULL },
  { "by-alliance", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --summary, --export-summary or --export-chart, count the seats by alliance, each alliance’s "
       "parties beneath it"), NULL },
  { "export-summary", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the seat summary as a PDF to FILE and exit"), N_("FILE") },
  { "constituencies", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --export-summary, add each state’s results by seat"), NULL },
  { "export-chart", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Draw the seat chart of the state (or house) as an SVG or PNG image to FILE and exit"), N_("FILE") },
  { "width", 0, 0, G_OPTION_ARG_INT, NULL,
    N_("With --export-chart, the image’s width in pixels (200 to 8000; default 1200)"), N_("PX") },
  { "transparent", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --export-chart, leave the background clear rather than white"), NULL },
  { "export-csv", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write each constituency’s result as CSV to FILE and exit"), N_("FILE") },
  { "convert", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the feed (or results CSV) as a version 2 JSON feed to FILE and exit"), N_("FILE") },
  { "check-feed", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Check a feed, print one line per state and exit"), N_("URI") },
  { "history", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("List the stored snapshots of the feed, one line each, and exit"), NULL },
  { "at", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --summary, --export-summary or --export-csv, use the feed’s stored snapshot of TIME "
       "(HH:MM in the election’s time zone, or ISO 8601), without the network"), N_("TIME") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { NULL }
};

/* The window, made and given its feed the first time: the one opened
 * last (remembered), or the bundled results. */
static MgWindow *
get_window (MgApplication *self,
            gboolean       load_default)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr (GSettings) settings = NULL;
  g_autofree char *remembered = NULL;
  MgWindow *created;

  if (MG_IS_WINDOW (window))
    return MG_WINDOW (window);

  created = mg_window_new (self);
  if (load_default)
    {
      settings = g_settings_new (APP_ID);
      remembered = g_settings_get_string (settings, "feed-uri");
      mg_window_load_uri (created, *remembered != '\0' ? remembered : MG_FEED_DEFAULT_URI);
    }
  return created;
}

static void
show_state_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  MgWindow *window = get_window (MG_APPLICATION (user_data), TRUE);

  mg_window_select_state_id (window, g_variant_get_string (parameter, NULL));
  gtk_window_present (GTK_WINDOW (window));
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  MgApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Close windows first so they save their size and state. */
  for (GList *l = windows; l != NULL;)
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }
  g_application_quit (G_APPLICATION (self));
}

/**
 * mg_application_create_about_dialog:
 * @parent: (nullable): the window it is for
 *
 * Returns: (transfer none): the About dialog, not yet shown
 */
GtkWidget *
mg_application_create_about_dialog (GtkWindow *parent)
{
  const char *developers[] = { _("The Matganana developers"), NULL };
  GtkWidget *about;

  about = g_object_new (GTK_TYPE_ABOUT_DIALOG,
                         "program-name", _("Matganana"),
                         "logo-icon-name", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Follow election results live"),
                         "website", "https://github.com/matganana/matganana",
                         "authors", developers,
                         /* TRANSLATORS: your name and email, one per line */
                         "translator-credits", _("translator-credits"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "transient-for", parent,
                         "modal", TRUE,
                         NULL);
  {
    /* The bundled final results' source, credited as the data's README
     * asks: the Trivedi Centre, and ElectionLens under its MIT licence.
     * data/feeds/final-2022.json names it the same (build-aux/make-final-feed). */
    const char *data[] = {
      /* TRANSLATORS: the source of the bundled results; keep the names of the Trivedi Centre
       * (TCPD) and ElectionLens, and the MIT licence */
      _("The Election Commission of India’s results as compiled by the Trivedi Centre for "
        "Political Data (TCPD), taken from the ElectionLens project’s data (MIT licence)"),
      NULL
    };

    gtk_about_dialog_add_credit_section (GTK_ABOUT_DIALOG (about), _("Results data"), data);
  }
  return about;
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  MgApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  gtk_window_present (GTK_WINDOW (mg_application_create_about_dialog (parent)));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
  { "show-state", show_state_activated, "s" },
};

static gboolean
has_help_option (char **argv)
{
  for (guint i = 1; argv[i] != NULL; i++)
    if (g_str_has_prefix (argv[i], "--help") || strcmp (argv[i], "-h") == 0 ||
        strcmp (argv[i], "-?") == 0)
      return TRUE;
  return FALSE;
}

/* GApplication answers a bad option with status 1; a usage error is 2 here,
 * so the options are checked once before GApplication parses them. */
/* Points the option @name of @entries at @data. */
static void
set_arg_data (GOptionEntry *entries,
              const char   *name,
              gpointer      data)
{
  for (guint i = 0; entries[i].long_name != NULL; i++)
    if (g_str_equal (entries[i].long_name, name))
      {
        entries[i].arg_data = data;
        return;
      }
  g_assert_not_reached ();
}

static gboolean
mg_application_local_command_line (GApplication   *application,
                                   char         ***arguments,
                                   int            *exit_status)
{
  g_auto (GStrv) argv = g_strdupv (*arguments);

  if (!has_help_option (argv))
    {
      g_autoptr (GOptionContext) context = g_option_context_new (NULL);
      g_autoptr (GError) error = NULL;
      g_autofree char *feed = NULL, *state = NULL, *check = NULL, *export = NULL;
      g_autofree char *export_csv = NULL, *convert = NULL, *at = NULL, *chart = NULL;
      gboolean transparent = FALSE;
      int width = -1;
      gboolean summary = FALSE, version = FALSE, service = FALSE, history = FALSE;
      gboolean constituencies = FALSE, changes = FALSE, by_alliance = FALSE;
      int interval = -1;
      /* Not a number anyone asks for: tells "not given" from 0. */
      int constituency = G_MININT;
      int argc = (int) g_strv_length (argv);
      /* Parsing shuffles the array; the strings stay owned by argv. */
      g_autofree char **parse_argv = g_memdup2 (argv, sizeof (char *) * (argc + 1));
      GOptionEntry entries[G_N_ELEMENTS (main_entries) + 1];

      memcpy (entries, main_entries, sizeof main_entries);
      set_arg_data (entries, "feed", &feed);
      set_arg_data (entries, "state", &state);
      set_arg_data (entries, "constituency", &constituency);
      set_arg_data (entries, "interval", &interval);
      set_arg_data (entries, "summary", &summary);
      set_arg_data (entries, "changes", &changes);
      set_arg_data (entries, "by-alliance", &by_alliance);
      set_arg_data (entries, "export-summary", &export);
      set_arg_data (entries, "constituencies", &constituencies);
      set_arg_data (entries, "export-csv", &export_csv);
      set_arg_data (entries, "export-chart", &chart);
      set_arg_data (entries, "width", &width);
      set_arg_data (entries, "transparent", &transparent);
      set_arg_data (entries, "convert", &convert);
      set_arg_data (entries, "check-feed", &check);
      set_arg_data (entries, "history", &history);
      set_arg_data (entries, "at", &at);
      set_arg_data (entries, "version", &version);
      entries[G_N_ELEMENTS (main_entries) - 1] =
        (GOptionEntry) { "gapplication-service", 0, 0, G_OPTION_ARG_NONE, &service, NULL, NULL };
      entries[G_N_ELEMENTS (main_entries)] = (GOptionEntry) { NULL };

      g_option_context_set_help_enabled (context, FALSE);
      g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
      char **parsed = parse_argv;

      if (!g_option_context_parse (context, &argc, &parsed, &error))
        {
          /* TRANSLATORS: an option error, then the program's name */
          *exit_status = mg_cli_fail (MG_EXIT_USAGE, _("%s (see “%s --help”)"), error->message,
                                      g_get_prgname ());
          return TRUE;
        }
      if (argc > 1)
        {
          *exit_status = mg_cli_fail (MG_EXIT_USAGE, _("unexpected argument “%s”"), parsed[1]);
          return TRUE;
        }
      if ((summary ? 1 : 0) + (check != NULL ? 1 : 0) + (export != NULL ? 1 : 0) +
          (export_csv != NULL ? 1 : 0) + (convert != NULL ? 1 : 0) + (history ? 1 : 0) +
          (chart != NULL ? 1 : 0) > 1)
        {
          *exit_status = mg_cli_fail (MG_EXIT_USAGE, _("use one of --summary, --export-summary, "
                                                       "--export-chart, --export-csv, --convert, "
                                                       "--check-feed and --history"));
          return TRUE;
        }
      if (at != NULL && !summary && export == NULL && export_csv == NULL && chart == NULL)
        {
          *exit_status = mg_cli_fail (MG_EXIT_USAGE,
                                      _("--at goes with --summary, --export-summary, --export-chart or "
                                        "--export-csv"));
          return TRUE;
        }
      if ((width != -1 || transparent) && chart == NULL)
        {
          *exit_status = mg_cli_fail (MG_EXIT_USAGE, _("--width and --transparent go with --export-chart"));
          return TRUE;
        }
      if (width != -1 && (width < MG_CHART_EXPORT_MIN_WIDTH || width > MG_CHART_EXPORT_MAX_WIDTH))
        {
          *exit_status = mg_cli_fail (MG_EXIT_USAGE, _("--width must be from %u to %u pixels"),
                                      MG_CHART_EXPORT_MIN_WIDTH, MG_CHART_EXPORT_MAX_WIDTH);
          return TRUE;
        }
      if (constituency != G_MININT && constituency < 1)
        {
          *exit_status = mg_cli_fail (MG_EXIT_USAGE, _("--constituency must be at least 1"));
          return TRUE;
        }
      if (constituency != G_MININT &&
          (check != NULL || export != NULL || export_csv != NULL || convert != NULL || chart != NULL))
        {
          *exit_status = mg_cli_fail (MG_EXIT_USAGE,
                                      _("--constituency goes with --summary or the window"));
          return TRUE;
        }
      if (constituency != G_MININT && state == NULL)
        {
          /* TRANSLATORS: constituencies are numbered afresh in each state */
          *exit_status = mg_cli_fail (MG_EXIT_USAGE,
                                      _("--constituency needs --state: each state numbers its "
                                        "own constituencies"));
          return TRUE;
        }
      if (changes && (!summary || constituency != G_MININT))
        {
          *exit_status = mg_cli_fail (MG_EXIT_USAGE,
                                      _("--changes goes with --summary, without --constituency"));
          return TRUE;
        }
      if (by_alliance && ((!summary && export == NULL && chart == NULL) || constituency != G_MININT))
        {
          *exit_status = mg_cli_fail (MG_EXIT_USAGE,
                                      _("--by-alliance goes with --summary, --export-summary or "
                                        "--export-chart, without --constituency"));
          return TRUE;
        }
      if (constituencies && export == NULL)
        {
          *exit_status = mg_cli_fail (MG_EXIT_USAGE,
                                      _("--constituencies goes with --export-summary"));
          return TRUE;
        }
      if (interval != -1 && interval < 5)
        {
          *exit_status = mg_cli_fail (MG_EXIT_USAGE, _("--interval must be at least 5 seconds"));
          return TRUE;
        }
      if ((feed != NULL && *feed == '\0') || (check != NULL && *check == '\0') ||
          (state != NULL && *state == '\0') || (export != NULL && *export == '\0') ||
          (export_csv != NULL && *export_csv == '\0') || (convert != NULL && *convert == '\0') ||
          (chart != NULL && *chart == '\0') ||
          (at != NULL && *at == '\0'))
        {
          *exit_status = mg_cli_fail (MG_EXIT_USAGE, _("an option was given an empty value"));
          return TRUE;
        }
    }

  return G_APPLICATION_CLASS (mg_application_parent_class)->local_command_line (application,
                                                                                arguments,
                                                                                exit_status);
}

static int
mg_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  const char *feed = NULL, *state = NULL, *check = NULL, *export = NULL, *export_csv = NULL;
  const char *convert = NULL, *at = NULL, *chart = NULL;
  int constituency = 0, width = MG_CHART_EXPORT_DEFAULT_WIDTH;

  g_variant_dict_lookup (options, "convert", "^&ay", &convert);
  g_variant_dict_lookup (options, "export-summary", "^&ay", &export);
  g_variant_dict_lookup (options, "export-csv", "^&ay", &export_csv);
  g_variant_dict_lookup (options, "export-chart", "^&ay", &chart);
  g_variant_dict_lookup (options, "width", "i", &width);
  g_variant_dict_lookup (options, "constituency", "i", &constituency);
  g_variant_dict_lookup (options, "feed", "&s", &feed);
  g_variant_dict_lookup (options, "state", "&s", &state);
  g_variant_dict_lookup (options, "check-feed", "&s", &check);
  g_variant_dict_lookup (options, "at", "&s", &at);

  if (g_variant_dict_contains (options, "version"))
    {
      mg_cli_print (stdout, "matganana " PACKAGE_VERSION "\n");
      return MG_EXIT_OK;
    }
  if (check != NULL)
    return mg_cli_check_feed (check);
  if (g_variant_dict_contains (options, "history"))
    return mg_cli_history (feed);
  mg_cli_set_at (at);
  if (g_variant_dict_contains (options, "summary"))
    return mg_cli_summary (feed, state, constituency > 0 ? (guint) constituency : 0,
                           g_variant_dict_contains (options, "changes"),
                           g_variant_dict_contains (options, "by-alliance"));
  if (export != NULL)
    return mg_cli_export_summary (feed, state, export,
                                  (g_variant_dict_contains (options, "constituencies") ? MG_SUMMARY_CONSTITUENCIES : 0) |
                                  (g_variant_dict_contains (options, "by-alliance") ? MG_SUMMARY_BY_ALLIANCE : 0));
  if (export_csv != NULL)
    return mg_cli_export_csv (feed, state, export_csv);
  if (chart != NULL)
    return mg_cli_export_chart (feed, state, chart, (guint) width, g_variant_dict_contains (options, "transparent"),
                                g_variant_dict_contains (options, "by-alliance"));
  if (convert != NULL)
    return mg_cli_convert (feed, convert);

  return -1;
}

static int
mg_application_command_line (GApplication            *application,
                             GApplicationCommandLine *command_line)
{
  MgApplication *self = MG_APPLICATION (application);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  const char *feed = NULL, *state = NULL;
  int interval = 0, constituency = 0;
  MgWindow *window;

  g_variant_dict_lookup (options, "feed", "&s", &feed);
  g_variant_dict_lookup (options, "state", "&s", &state);
  g_variant_dict_lookup (options, "interval", "i", &interval);
  g_variant_dict_lookup (options, "constituency", "i", &constituency);

  window = get_window (self, feed == NULL);
  if (interval >= 5)
    mg_feed_source_set_interval (mg_window_get_feed_source (window), (guint) interval);
  if (feed != NULL)
    {
      g_autoptr (GFile) file = g_application_command_line_create_file_for_arg (command_line, feed);

      mg_window_load_feed (window, file);
    }
  if (state != NULL)
    mg_window_select_state_id (window, state);
  if (state != NULL && constituency > 0)
    mg_window_show_seat (window, (guint) constituency);

  mg_window_present_when_ready (window);
  return MG_EXIT_OK;
}

static void
mg_application_activate (GApplication *application)
{
  mg_window_present_when_ready (get_window (MG_APPLICATION (application), TRUE));
}

static void
mg_application_startup (GApplication *application)
{
  /* The keys of the actions the main menu shows, so that it shows them;
   * the window's other keys are in mg-window-actions.c. */
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "win.open-feed", { "<Control>l", NULL } },
    { "win.refresh", { "<Control>r", "F5", NULL } },
    { "win.print", { "<Control>p", NULL } },
    { "win.show-reader", { "F9", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
  };
  g_autoptr (GtkCssProvider) css = gtk_css_provider_new ();

  G_APPLICATION_CLASS (mg_application_parent_class)->startup (application);
  mg_bench_mark ("GTK started");

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (application), accels[i].action,
                                           accels[i].accels);

  gtk_css_provider_load_from_resource (css, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  gtk_window_set_default_icon_name (APP_ID);
}

static void
mg_application_class_init (MgApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->local_command_line = mg_application_local_command_line;
  app_class->handle_local_options = mg_application_handle_local_options;
  app_class->command_line = mg_application_command_line;
  app_class->activate = mg_application_activate;
  app_class->startup = mg_application_startup;
}

static void
mg_application_init (MgApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), main_entries);
  g_application_set_option_context_summary (
    G_APPLICATION (self), _("Follow election results: seats won and leading, state by state."));
}

MgApplication *
mg_application_new (void)
{
  return g_object_new (MG_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

/**
 * mg_application_notify_milestones:
 * @milestones: (element-type MgMilestone): what the states reached
 *
 * Sends a desktop notification for each state whose leader crossed the
 * majority mark or whose count became final; activating it shows the
 * state.
 */
void
mg_application_notify_milestones (MgApplication *self,
                                  GArray        *milestones)
{
  g_return_if_fail (MG_IS_APPLICATION (self));

  for (guint i = 0; i < milestones->len; i++)
    {
      const MgMilestone *milestone = &g_array_index (milestones, MgMilestone, i);
      MgStateResult *state = milestone->state;
      g_autoptr (GNotification) notification = NULL;
      g_autofree char *title = NULL;
      g_autofree char *body = NULL;
      g_autofree char *id = NULL;

      if (milestone->reached & MG_MILESTONE_FINAL)
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
      g_application_send_notification (G_APPLICATION (self), id, notification);
    }
}

/**
 * mg_application_notify_watch:
 * @alerts: (element-type MgWatchAlert): what happened to watched seats
 *
 * Sends a desktop notification for each watched seat that changed leader,
 * was declared or became a close contest; activating it shows the seat's
 * state.
 */
void
mg_application_notify_watch (MgApplication *self,
                             GPtrArray     *alerts)
{
  g_return_if_fail (MG_IS_APPLICATION (self));

  for (guint i = 0; i < alerts->len; i++)
    {
      const MgWatchAlert *alert = g_ptr_array_index (alerts, i);
      g_autoptr (GNotification) notification = g_notification_new (alert->title);
      g_autofree char *id = g_strdup_printf ("seat-%s-%u", alert->state_id, alert->number);

      g_notification_set_body (notification, alert->body);
      g_notification_set_default_action_and_target (notification, "app.show-state", "s", alert->state_id);
      g_application_send_notification (G_APPLICATION (self), id, notification);
    }
}
