package nl.clubhuis.partners.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface AboutPageRepository extends JpaRepository<AboutPage, Short> {

}
