package com.gluework.preview.pages;

import com.gluework.core.model.Person;
import com.gluework.core.port.PeopleDirectory;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Answers Jira's avatar URL ({@code /secure/useravatar?ownerId=alice}) with an SVG of the person's initials, so the
 * demo users' {@code avatarUrls} resolve without any image files.
 */
public final class UserAvatarServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String[] COLOURS = {"#0052CC", "#00875A", "#FF991F", "#6554C0", "#DE350B", "#00A3BF"};

    private final transient PeopleDirectory people;

    public UserAvatarServlet(PeopleDirectory people) {
        this.people = people;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String owner = request.getParameter("ownerId");
        String name = owner == null ? "?" : people.findPerson(owner).map(Person::displayName).orElse("?");
        String initials = Arrays.stream(name.split("\\s+")).filter(w -> !w.isEmpty())
                .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT)).limit(2).collect(Collectors.joining())
                // Letters only, so nothing from a display name can become markup.
                .replaceAll("[^\\p{L}]", "");
        String colour = COLOURS[Math.floorMod(owner == null ? 0 : owner.hashCode(), COLOURS.length)];
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"48\" height=\"48\" viewBox=\"0 0 48 48\">"
                + "<circle cx=\"24\" cy=\"24\" r=\"24\" fill=\"" + colour + "\"/>"
                + "<text x=\"24\" y=\"31\" font-family=\"sans-serif\" font-size=\"20\" fill=\"#fff\" text-anchor=\"middle\">"
                + initials + "</text></svg>";
        response.setContentType("image/svg+xml");
        response.setHeader("Cache-Control", "max-age=3600");
        response.getOutputStream().write(svg.getBytes(StandardCharsets.UTF_8));
    }
}
