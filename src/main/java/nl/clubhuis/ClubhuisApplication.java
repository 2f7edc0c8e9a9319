package nl.clubhuis;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ClubhuisApplication {

	public static void main(String[] args) {
		SpringApplication.run(ClubhuisApplication.class, args);
	}

}
