package io.github.loosmethod.towndesk;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps what the desk reads of a request's body, since every body is read whole before it is
 * parsed: a body announced larger than {@link #LIMIT} is refused before it is read, and one sent
 * in chunks stops being read at the limit. Either way the client gets a 413 problem, never a
 * server that fills its memory.
 */
@Component
public class BodyLimit extends OncePerRequestFilter {

    /** One MiB: the largest worked case's document is a few KiB, a town's biggest a few dozen. */
    public static final long LIMIT = 1 << 20;

    /**
     * Says that a body is over the limit: the one wording of it, wherever the desk refuses one.
     *
     * @param french whether in French, English otherwise
     * @return the message, never null
     */
    static String message(boolean french) {
        return french ? "Le corps de la requête dépasse " + LIMIT + " octets." : "The request's body is larger than " + LIMIT + " bytes.";
    }

    /** What a body read past the limit throws; the problem handler answers it with a 413. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super(message(false));
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > LIMIT) {
            boolean french = String.valueOf(request.getHeader("Accept-Language")).toLowerCase(java.util.Locale.ROOT).startsWith("fr");
            String detail = message(french);
            ProblemType type = ProblemType.BODY_TOO_LARGE;
            response.setStatus(type.status().value());
            response.setContentType("application/problem+json");
            response.setHeader("Content-Language", french ? "fr" : "en");
            // Written by hand: the request never reaches Spring's handlers. The texts hold no quote or backslash.
            String body = "{\"type\":\"" + type.type() + "\",\"title\":\"" + type.title(french ? java.util.Locale.FRENCH : java.util.Locale.ENGLISH)
                    + "\",\"status\":" + type.status().value() + ",\"detail\":\"" + detail
                    + "\",\"violations\":[{\"pointer\":\"\",\"message\":\"" + detail + "\"}]}";
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(new Limited(request), response);
    }

    /** A request whose body stops being read at the limit. */
    private static final class Limited extends HttpServletRequestWrapper {
        private ServletInputStream limited;

        Limited(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                ServletInputStream in = super.getInputStream();
                limited = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++read > LIMIT) {
                            throw new TooLarge();
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0 && (read += n) > LIMIT) {
                            throw new TooLarge();
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return limited;
        }
    }
}
