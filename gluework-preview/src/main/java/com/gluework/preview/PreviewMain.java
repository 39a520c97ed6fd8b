package com.gluework.preview;

import java.time.Clock;

/** {@code java -jar gluework-preview.jar [options]}: starts the preview and keeps it running until the process stops. */
public final class PreviewMain {
    private PreviewMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println(PreviewOptions.USAGE);
            return;
        }
        PreviewOptions options;
        try {
            options = PreviewOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(PreviewOptions.USAGE);
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        PreviewApplication app = PreviewApplication.start(options, Clock.systemDefaultZone());
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "gluework-preview-shutdown"));
        double seconds = (System.nanoTime() - started) / 1e9;
        if (options.jiraUrl().isPresent()) {
            System.out.printf("Glue Work preview started in %.1f s: %s (reading %s read-only, acting as the token's owner"
                    + " only; answers on this computer only)%n", seconds, app.baseUrl(), options.jiraUrl().get());
        } else {
            System.out.printf("Glue Work preview started in %.1f s: %s (demo users alice, bob, carol, dave, erin, frank;"
                    + " PREVIEW ONLY: password = user name)%n", seconds, app.baseUrl());
        }
        app.join();
    }
}
