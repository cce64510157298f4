package io.github.loosmethod.towndesk;

import io.github.loosmethod.jackson3.LoosMethodModule;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The town desk (<em>guichet de la mairie</em>): a reference host application of the Loos method
 * library. It keeps a town's initiatives in PostgreSQL, one canonical interchange document per
 * initiative with its audit trail beside it, and exposes their whole lifecycle over HTTP.
 *
 * <p>Started with no configuration, it runs its own PostgreSQL ({@link EmbeddedDatabase}); given
 * {@code spring.datasource.url}, it uses that server instead.
 */
@SpringBootApplication
public class TownDeskApplication {

    /**
     * Starts the desk.
     *
     * @param arguments Spring Boot's arguments, such as {@code --server.port=8081}
     */
    public static void main(String[] arguments) {
        SpringApplication.run(TownDeskApplication.class, arguments);
    }

    /**
     * The library's Jackson 3 module, registered with the mapper Spring uses for request bodies, so
     * that a request embeds the model's values (an actor, a decision, a convention) in their
     * interchange form.
     *
     * @return the module, never null
     */
    @Bean
    public LoosMethodModule loosMethodModule() {
        return new LoosMethodModule();
    }

    /**
     * Chooses the language of messages from {@code Accept-Language}: French or English, English
     * when the client asks for neither.
     *
     * @return the resolver, never null
     */
    @Bean
    public LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(Locale.ENGLISH, Locale.FRENCH));
        resolver.setDefaultLocale(Locale.ENGLISH);
        return resolver;
    }

    /**
     * Says where the desk listens, once it does: the one line a person who started it needs.
     *
     * @param event the server's start, not null
     */
    @EventListener
    public void announce(WebServerInitializedEvent event) {
        // On standard output, not through the log: whatever binding and level a host configures (Maven's
        // exec:java runs the desk under its own, at WARN), the person who started the desk sees where it is.
        System.out.println("Town desk ready: http://localhost:" + event.getWebServer().getPort() + "/ (the clerk's page; the API under /initiatives)");
    }
}
