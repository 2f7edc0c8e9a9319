package nl.clubhuis.publishing.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImageRepository extends JpaRepository<Image, Long> {

}
