package com.gluework.preview.bench;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import java.io.IOException;

/**
 * The cold start's floor (issue 13): the same JVM and Jetty 12 the preview runs on, started with one servlet that
 * answers "ok" and nothing else — no Active Objects, no database, no Jersey, no Velocity, no demo data. The
 * cold-start script (performance/cold-start.sh) times launch-to-first-answer of this and of the preview in turn.
 */
public final class EmptyJettyMain {
    private EmptyJettyMain() {
    }

    public static void main(String[] args) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(Integer.parseInt(args[0]));
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.setContentType("text/plain");
                response.getWriter().write("ok");
            }
        }), "/*");
        server.setHandler(context);
        server.start();
        server.join();
    }
}
