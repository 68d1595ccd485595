package it.percorsi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PercorsiApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(PercorsiApplication.class);
        it.percorsi.base.StartupTrace.install(application);
        application.run(args);
    }
}
